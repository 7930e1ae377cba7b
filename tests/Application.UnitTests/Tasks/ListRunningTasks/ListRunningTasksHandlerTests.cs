using FluentValidation;
using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.ListRunningTasks;
using TimeTracking.Application.UnitTests.Fakes;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.ListRunningTasks;

public sealed class ListRunningTasksHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 7, 16, 12));
    private readonly InMemoryTaskRepository _tasks = new();

    [Fact]
    public async Task Handle_ListsOnlyTheUsersRunningTasks_ByStartThenId()
    {
        var later = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 11)));
        var earlier = _tasks.Seed(RunningTask(Utc(2023, 7, 15, 9)));
        var sameStartAsLater = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 11)));
        _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 8), Utc(2023, 7, 16, 9)));
        _tasks.Seed(RunningTask(Utc(2023, 7, 16, 10), userId: OtherUserId));

        var running = await Handler(FakeCurrentUser.Unauthenticated).Handle(new ListRunningTasksQuery(UserId), CancellationToken.None);

        running.Select(task => task.Id).Should().Equal(earlier.Id, later.Id, sameStartAsLater.Id);
    }

    [Fact]
    public async Task Handle_ShowsEachTaskWithItsTimeSoFar()
    {
        var task = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 11, 30)));

        var running = await Handler(FakeCurrentUser.Unauthenticated).Handle(new ListRunningTasksQuery(UserId), CancellationToken.None);

        running.Should().Equal(new TaskDetails(task.Id, UserId, Description, Utc(2023, 7, 16, 11, 30), null, Running: true, TimeSpent: 1800));
    }

    [Fact]
    public async Task Handle_NothingRunning_ReturnsAnEmptyList()
    {
        _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 8), Utc(2023, 7, 16, 9)));

        var running = await Handler(FakeCurrentUser.Unauthenticated).Handle(new ListRunningTasksQuery(UserId), CancellationToken.None);

        running.Should().BeEmpty();
    }

    [Fact]
    public async Task Handle_NoUserIdFromAUser_ListsTheCallersTasks()
    {
        var own = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));
        _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9), userId: OtherUserId));

        var running = await Handler(FakeCurrentUser.User(UserId)).Handle(new ListRunningTasksQuery(null), CancellationToken.None);

        running.Select(task => task.Id).Should().Equal(own.Id);
    }

    [Fact]
    public async Task Handle_NoUserIdAndNobodyIdentified_FailsValidationOnUserId()
    {
        var act = async () => await Handler(FakeCurrentUser.Unauthenticated).Handle(new ListRunningTasksQuery(null), CancellationToken.None);

        (await act.Should().ThrowExactlyAsync<ValidationException>())
            .Which.Errors.Select(failure => failure.PropertyName).Should().Equal("UserId");
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAUser_IsForbidden()
    {
        var act = async () => await Handler(FakeCurrentUser.User(UserId)).Handle(new ListRunningTasksQuery(OtherUserId), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAnAdmin_ListsTheirTasks()
    {
        var theirs = _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9), userId: OtherUserId));

        var running = await Handler(FakeCurrentUser.Admin(UserId)).Handle(new ListRunningTasksQuery(OtherUserId), CancellationToken.None);

        running.Select(task => task.Id).Should().Equal(theirs.Id);
    }

    private ListRunningTasksHandler Handler(FakeCurrentUser caller) => new(_tasks, caller, _clock);
}
