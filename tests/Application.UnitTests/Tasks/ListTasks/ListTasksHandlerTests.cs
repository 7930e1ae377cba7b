using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks.ListTasks;
using TimeTracking.Application.UnitTests.Fakes;
using TimeTracking.Domain.Time;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.ListTasks;

public sealed class ListTasksHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 8, 1));
    private readonly InMemoryTaskRepository _tasks = new();

    [Theory]
    [InlineData("2023-07-10", "2023-07-16", "Europe/Berlin", "2023-07-09T22:00:00Z", "2023-07-16T22:00:00Z")]
    [InlineData("2023-03-25", "2023-03-26", "Europe/Berlin", "2023-03-24T23:00:00Z", "2023-03-26T22:00:00Z")]
    [InlineData("2023-10-29", "2023-10-29", "Europe/Berlin", "2023-10-28T22:00:00Z", "2023-10-29T23:00:00Z")]
    [InlineData("2023-07-10", "2023-07-10", null, "2023-07-10T00:00:00Z", "2023-07-11T00:00:00Z")]
    public async Task Handle_AsksForTheLocalDaysFromTheFirstMidnightToTheLastOne(
        string from, string to, string? zone, string expectedStart, string expectedEnd)
    {
        await Handler().Handle(new ListTasksQuery(UserId, from, to, zone), CancellationToken.None);

        _tasks.LastStreamRequest.Should().BeEquivalentTo(new
        {
            UserId,
            Window = new TimeWindow(Instant(expectedStart), Instant(expectedEnd)),
            Now = Utc(2023, 8, 1),
            After = (TaskPosition?)null,
            Limit = ListTasksQuery.DefaultLimit + 1,
        });
    }

    [Fact]
    public async Task Handle_TasksWithinALimit_AreAllOfThePageAndThereIsNoNextCursor()
    {
        var later = _tasks.Seed(StoppedTask(Utc(2023, 7, 11, 9), Utc(2023, 7, 11, 10)));
        var running = _tasks.Seed(RunningTask(Utc(2023, 7, 12, 9)));
        var earlier = _tasks.Seed(StoppedTask(Utc(2023, 7, 10, 9), Utc(2023, 7, 10, 9, 30)));

        var page = await Handler().Handle(Query(limit: 3), CancellationToken.None);

        page.Items.Select(item => item.Id).Should().Equal(earlier.Id, later.Id, running.Id);
        page.Items[0].TimeSpent.Should().Be(1800);
        page.Items[2].Should().BeEquivalentTo(new { Running = true, EndTime = (DateTimeOffset?)null });
        page.Items[2].TimeSpent.Should().Be((Utc(2023, 8, 1) - Utc(2023, 7, 12, 9)).TotalSeconds);
        page.NextCursor.Should().BeNull();
    }

    [Fact]
    public async Task Handle_MoreTasksThanTheLimit_PagesThroughThemAllOnceInOrder()
    {
        var seeded = Enumerable.Range(0, 7)
            .Select(hour => _tasks.Seed(StoppedTask(Utc(2023, 7, 11, hour), Utc(2023, 7, 11, hour, 30)))).ToList();

        var first = await Handler().Handle(Query(limit: 3), CancellationToken.None);
        var second = await Handler().Handle(Query(limit: 3, cursor: first.NextCursor), CancellationToken.None);
        var third = await Handler().Handle(Query(limit: 3, cursor: second.NextCursor), CancellationToken.None);

        first.Items.Concat(second.Items).Concat(third.Items).Select(item => item.Id).Should().Equal(seeded.Select(task => task.Id));
        new[] { first.Items.Count, second.Items.Count, third.Items.Count }.Should().Equal(3, 3, 1);
        third.NextCursor.Should().BeNull();
        _tasks.LastStreamRequest!.After.Should().Be(new TaskPosition(Utc(2023, 7, 11, 5), seeded[5].Id));
    }

    [Fact]
    public async Task Handle_NextCursor_HoldsTheLastItemsPositionAndTheQuerysFingerprint()
    {
        var tasks = Enumerable.Range(0, 3).Select(hour => _tasks.Seed(StoppedTask(Utc(2023, 7, 11, hour), Utc(2023, 7, 11, hour, 30)))).ToList();
        var query = Query(limit: 2);

        var page = await Handler().Handle(query, CancellationToken.None);

        ListingCursor.TryDecode(page.NextCursor, out var cursor).Should().BeTrue();
        cursor.Should().Be(new ListingCursor(new TaskPosition(Utc(2023, 7, 11, 1), tasks[1].Id), ListingCursor.FingerprintOf(query)));
    }

    [Fact]
    public async Task Handle_ReadsOneTaskMoreThanThePageAndNoMore()
    {
        foreach (var minute in Enumerable.Range(0, 50))
        {
            _tasks.Seed(StoppedTask(Utc(2023, 7, 11, 9, minute), Utc(2023, 7, 11, 9, minute)));
        }

        await Handler().Handle(Query(limit: 10), CancellationToken.None);

        _tasks.StreamedCount.Should().Be(11);
    }

    [Fact]
    public async Task Handle_NoUserIdFromAUser_ListsOnlyTheCallersTasks()
    {
        var own = _tasks.Seed(StoppedTask(Utc(2023, 7, 11, 9), Utc(2023, 7, 11, 10), userId: UserId));
        _tasks.Seed(StoppedTask(Utc(2023, 7, 11, 9), Utc(2023, 7, 11, 10), userId: OtherUserId));

        var page = await Handler(FakeCurrentUser.User(UserId)).Handle(Query(userId: null), CancellationToken.None);

        page.Items.Select(item => item.Id).Should().Equal(own.Id);
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAUser_IsForbidden()
    {
        var act = async () => await Handler(FakeCurrentUser.User(UserId)).Handle(Query(userId: OtherUserId), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<ForbiddenException>();
        _tasks.LastStreamRequest.Should().BeNull();
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAnAdmin_ListsTheirTasks()
    {
        var theirs = _tasks.Seed(StoppedTask(Utc(2023, 7, 11, 9), Utc(2023, 7, 11, 10), userId: OtherUserId));

        var page = await Handler(FakeCurrentUser.Admin(UserId)).Handle(Query(userId: OtherUserId), CancellationToken.None);

        page.Items.Select(item => item.Id).Should().Equal(theirs.Id);
    }

    private static ListTasksQuery Query(long? userId = UserId, int? limit = null, string? cursor = null) =>
        new(userId, "2023-07-10", "2023-07-16", "Europe/Berlin", limit, cursor);

    private ListTasksHandler Handler(FakeCurrentUser? caller = null) =>
        new(_tasks, caller ?? FakeCurrentUser.Unauthenticated, _clock);
}
