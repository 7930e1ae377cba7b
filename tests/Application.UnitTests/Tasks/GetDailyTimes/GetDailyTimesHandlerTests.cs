using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Tasks.GetDailyTimes;
using TimeTracking.Application.UnitTests.Fakes;
using TimeTracking.Domain.Time;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.GetDailyTimes;

public sealed class GetDailyTimesHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 8, 1));
    private readonly InMemoryTaskRepository _tasks = new();
    private readonly GetDailyTimesHandler _handler;

    public GetDailyTimesHandlerTests() => _handler = new GetDailyTimesHandler(_tasks, FakeCurrentUser.Unauthenticated, _clock);

    [Theory]
    [InlineData("2023-07-16", "Europe/Berlin", "2023-07-15T22:00:00Z", "2023-07-16T22:00:00Z")]
    [InlineData("2023-03-26", "Europe/Berlin", "2023-03-25T23:00:00Z", "2023-03-26T22:00:00Z")]
    [InlineData("2023-10-29", "Europe/Berlin", "2023-10-28T22:00:00Z", "2023-10-29T23:00:00Z")]
    [InlineData("2023-11-05", "America/New_York", "2023-11-05T04:00:00Z", "2023-11-06T05:00:00Z")]
    [InlineData("2023-09-03", "America/Santiago", "2023-09-03T04:00:00Z", "2023-09-04T03:00:00Z")]
    public async Task Handle_AsksRepositoryForTheLocalDay(string date, string zone, string expectedStart, string expectedEnd)
    {
        await _handler.Handle(new GetDailyTimesQuery(UserId, date, zone), CancellationToken.None);

        _tasks.LastWindowRequest!.Window.Should().Be(new TimeWindow(Instant(expectedStart), Instant(expectedEnd)));
    }

    [Fact]
    public async Task Handle_WithoutTimeZone_AsksRepositoryForTheUtcDay()
    {
        await _handler.Handle(new GetDailyTimesQuery(UserId, "2023-07-16"), CancellationToken.None);

        _tasks.LastWindowRequest!.Window.Should().Be(new TimeWindow(Utc(2023, 7, 16), Utc(2023, 7, 17)));
    }

    [Fact]
    public async Task Handle_AsksRepositoryForTheQueriedUserAtNow()
    {
        await _handler.Handle(new GetDailyTimesQuery(7, "2023-07-16"), CancellationToken.None);

        _tasks.LastWindowRequest.Should().BeEquivalentTo(new { UserId = 7L, Now = Utc(2023, 8, 1) });
    }

    [Fact]
    public async Task Handle_ReturnsIdDescriptionAndSecondsSpent()
    {
        var task = _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10, 30), description: "Review pull request"));

        var times = await _handler.Handle(new GetDailyTimesQuery(UserId, "2023-07-16"), CancellationToken.None);

        times.Should().Equal(new TaskTime(task.Id, "Review pull request", 5400));
    }

    [Fact]
    public async Task Handle_TaskCrossingIntoTheDay_CountsOnlyTheTimeWithinTheDay()
    {
        _tasks.Seed(StoppedTask(Utc(2023, 7, 15, 22), Utc(2023, 7, 16, 1, 30)));

        var times = await _handler.Handle(new GetDailyTimesQuery(UserId, "2023-07-16"), CancellationToken.None);

        times.Should().ContainSingle().Which.TimeSpent.Should().Be(5400);
    }

    [Fact]
    public async Task Handle_TaskCrossingOutOfTheLocalDay_CountsOnlyUpToLocalMidnight()
    {
        // 2023-07-16 23:00 CEST to 2023-07-17 02:00 CEST: one hour on the 16th in Berlin.
        _tasks.Seed(StoppedTask(Instant("2023-07-16T21:00:00Z"), Instant("2023-07-17T00:00:00Z")));

        var times = await _handler.Handle(new GetDailyTimesQuery(UserId, "2023-07-16", "Europe/Berlin"), CancellationToken.None);

        times.Should().ContainSingle().Which.TimeSpent.Should().Be(3600);
    }

    [Fact]
    public async Task Handle_TaskCoveringShortDstDay_CountsTwentyThreeHours()
    {
        _tasks.Seed(StoppedTask(Utc(2023, 3, 25), Utc(2023, 3, 28)));

        var times = await _handler.Handle(new GetDailyTimesQuery(UserId, "2023-03-26", "Europe/Berlin"), CancellationToken.None);

        times.Should().ContainSingle().Which.TimeSpent.Should().Be(23 * 3600);
    }

    [Fact]
    public async Task Handle_RunningTask_CountsUpToNow()
    {
        var handler = new GetDailyTimesHandler(_tasks, FakeCurrentUser.Unauthenticated, new FakeTimeProvider(Utc(2023, 7, 16, 11, 15)));
        _tasks.Seed(RunningTask(Utc(2023, 7, 16, 9)));

        var times = await handler.Handle(new GetDailyTimesQuery(UserId, "2023-07-16"), CancellationToken.None);

        times.Should().ContainSingle().Which.TimeSpent.Should().Be(8100);
    }

    [Fact]
    public async Task Handle_KeepsTheRepositorysOrder()
    {
        var later = _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 14), Utc(2023, 7, 16, 15)));
        var earlier = _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10)));

        var times = await _handler.Handle(new GetDailyTimesQuery(UserId, "2023-07-16"), CancellationToken.None);

        times.Select(time => time.Id).Should().Equal(earlier.Id, later.Id);
    }

    [Fact]
    public async Task Handle_NoUserIdFromAUser_ListsOnlyTheCallersTasks()
    {
        var own = _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10), userId: UserId));
        _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10), userId: OtherUserId));
        var handler = new GetDailyTimesHandler(_tasks, FakeCurrentUser.User(UserId), _clock);

        var times = await handler.Handle(new GetDailyTimesQuery(null, "2023-07-16"), CancellationToken.None);

        times.Select(time => time.Id).Should().Equal(own.Id);
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAUser_IsForbidden()
    {
        var handler = new GetDailyTimesHandler(_tasks, FakeCurrentUser.User(UserId), _clock);

        var act = async () => await handler.Handle(new GetDailyTimesQuery(OtherUserId, "2023-07-16"), CancellationToken.None);

        await act.Should().ThrowExactlyAsync<ForbiddenException>();
    }
}
