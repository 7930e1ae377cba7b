using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.ListTasks;
using TimeTracking.Application.UnitTests.Fakes;
using TimeTracking.Domain.Time;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.ListTasks;

public sealed class ExportTasksHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 8, 1));
    private readonly InMemoryTaskRepository _tasks = new();

    [Fact]
    public async Task Handle_ReadsNothingUntilTheExportIsEnumerated()
    {
        _tasks.Seed(StoppedTask(Utc(2023, 7, 11, 9), Utc(2023, 7, 11, 10)));

        await Handler().Handle(Query(), CancellationToken.None);

        _tasks.StreamedCount.Should().Be(0);
    }

    [Fact]
    public async Task Handle_ExportsEveryTaskOfTheRangeInOrderWithoutALimit()
    {
        var seeded = Enumerable.Range(0, 150).Reverse()
            .Select(minute => _tasks.Seed(StoppedTask(Utc(2023, 7, 11, 9).AddMinutes(minute), Utc(2023, 7, 11, 12)))).ToList();

        var export = await Handler().Handle(Query(), CancellationToken.None);
        var details = await ToListAsync(export.Tasks);

        details.Select(task => task.Id).Should().Equal(seeded.AsEnumerable().Reverse().Select(task => task.Id));
        _tasks.LastStreamRequest.Should().BeEquivalentTo(new
        {
            UserId,
            Window = new TimeWindow(Instant("2023-07-09T22:00:00Z"), Instant("2023-07-16T22:00:00Z")),
            After = (Abstractions.TaskPosition?)null,
            Limit = (int?)null,
        });
    }

    [Fact]
    public async Task Handle_GivesTheZoneTheRangeWasAskedIn()
    {
        var export = await Handler().Handle(Query(), CancellationToken.None);

        export.Zone.Id.Should().Be("Europe/Berlin");
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAUser_IsForbiddenBeforeAnythingIsExported()
    {
        var act = async () => await Handler(FakeCurrentUser.User(UserId)).Handle(Query(OtherUserId), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_NoUserIdFromAUser_ExportsTheCallersTasks()
    {
        _tasks.Seed(StoppedTask(Utc(2023, 7, 11, 9), Utc(2023, 7, 11, 10), userId: OtherUserId));
        var own = _tasks.Seed(StoppedTask(Utc(2023, 7, 11, 9), Utc(2023, 7, 11, 10)));

        var export = await Handler(FakeCurrentUser.User(UserId)).Handle(Query(null), CancellationToken.None);

        (await ToListAsync(export.Tasks)).Select(task => task.Id).Should().Equal(own.Id);
    }

    private static ExportTasksQuery Query(long? userId = UserId) => new(userId, "2023-07-10", "2023-07-16", "Europe/Berlin");

    private ExportTasksHandler Handler(FakeCurrentUser? caller = null) =>
        new(_tasks, caller ?? FakeCurrentUser.Unauthenticated, _clock);

    private static async Task<List<TaskDetails>> ToListAsync(IAsyncEnumerable<TaskDetails> tasks)
    {
        var list = new List<TaskDetails>();
        await foreach (var task in tasks)
        {
            list.Add(task);
        }

        return list;
    }
}
