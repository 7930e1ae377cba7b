using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Reports.GetDailyReport;
using TimeTracking.Application.UnitTests.Fakes;
using TimeTracking.Domain.Time;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Reports.GetDailyReport;

public sealed class GetDailyReportHandlerTests
{
    private readonly FakeTimeProvider _clock = new(Utc(2023, 12, 1));
    private readonly InMemoryTaskRepository _tasks = new();

    [Fact]
    public async Task Handle_ListsEveryDayOfTheRangeInOrder_DaysWithoutWorkIncluded()
    {
        _tasks.Seed(StoppedTask(Utc(2023, 7, 17, 9), Utc(2023, 7, 17, 10)));

        var report = await Report(new GetDailyReportQuery(UserId, "2023-07-16", "2023-07-18"));

        report.Should().Equal(
            new DayTotal(new DateOnly(2023, 7, 16), 0, 0),
            new DayTotal(new DateOnly(2023, 7, 17), 3600, 1),
            new DayTotal(new DateOnly(2023, 7, 18), 0, 0));
    }

    [Fact]
    public async Task Handle_OneDay_ListsThatDay()
    {
        var report = await Report(new GetDailyReportQuery(UserId, "2023-07-18", "2023-07-18"));

        report.Should().Equal(new DayTotal(new DateOnly(2023, 7, 18), 0, 0));
    }

    [Fact]
    public async Task Handle_TaskCrossingLocalMidnight_IsSplitBetweenTheDays()
    {
        // 2023-07-16 23:00 CEST to 2023-07-17 02:30 CEST: one hour on the 16th, two and a half on the 17th.
        _tasks.Seed(StoppedTask(Instant("2023-07-16T21:00:00Z"), Instant("2023-07-17T00:30:00Z")));

        var report = await Report(new GetDailyReportQuery(UserId, "2023-07-16", "2023-07-17", "Europe/Berlin"));

        report.Should().Equal(
            new DayTotal(new DateOnly(2023, 7, 16), 3600, 1),
            new DayTotal(new DateOnly(2023, 7, 17), 9000, 1));
    }

    [Theory]
    [InlineData("2023-03-26", "Europe/Berlin", 23)]
    [InlineData("2023-10-29", "Europe/Berlin", 25)]
    [InlineData("2023-03-12", "America/New_York", 23)]
    [InlineData("2023-11-05", "America/New_York", 25)]
    public async Task Handle_TaskCoveringADstDay_CountsTheDaysRealLength(string date, string zone, int hours)
    {
        var day = TimeWindow.ForDay(DateOnly.Parse(date, CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone));
        _tasks.Seed(StoppedTask(day.Start.AddHours(-5), day.End.AddHours(5)));

        var report = await Report(new GetDailyReportQuery(UserId, date, date, zone));

        report.Should().ContainSingle().Which.TotalSeconds.Should().Be(hours * 3600);
    }

    [Fact]
    public async Task Handle_RunningTask_CountsUpToNowAndIsAbsentFromDaysStillToCome()
    {
        _clock.AdjustTime(Utc(2023, 7, 17, 6));
        _tasks.Seed(RunningTask(Utc(2023, 7, 16, 20)));

        var report = await Report(new GetDailyReportQuery(UserId, "2023-07-16", "2023-07-18"));

        report.Should().Equal(
            new DayTotal(new DateOnly(2023, 7, 16), 4 * 3600, 1),
            new DayTotal(new DateOnly(2023, 7, 17), 6 * 3600, 1),
            new DayTotal(new DateOnly(2023, 7, 18), 0, 0));
    }

    [Fact]
    public async Task Handle_ZeroLengthTask_IsCountedWithNoTime()
    {
        _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 9)));
        _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 10), Utc(2023, 7, 16, 10, 30)));

        var report = await Report(new GetDailyReportQuery(UserId, "2023-07-16", "2023-07-16"));

        report.Should().Equal(new DayTotal(new DateOnly(2023, 7, 16), 1800, 2));
    }

    [Fact]
    public async Task Handle_AsksTheRepositoryOnceForTheWholeRange()
    {
        await Report(new GetDailyReportQuery(UserId, "2023-03-20", "2023-04-02", "Europe/Berlin"));

        _tasks.WindowRequestCount.Should().Be(1);
        _tasks.LastWindowRequest.Should().Be(new WindowRequest(
            UserId, new TimeWindow(Instant("2023-03-19T23:00:00Z"), Instant("2023-04-02T22:00:00Z")), Utc(2023, 12, 1)));
    }

    [Fact]
    public async Task Handle_NoUserIdFromAUser_ReportsTheCallersTasksOnly()
    {
        _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10), userId: UserId));
        _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 12), userId: OtherUserId));

        var report = await Report(new GetDailyReportQuery(null, "2023-07-16", "2023-07-16"), FakeCurrentUser.User(UserId));

        report.Should().Equal(new DayTotal(new DateOnly(2023, 7, 16), 3600, 1));
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAUser_IsForbidden()
    {
        var act = async () => await Report(new GetDailyReportQuery(OtherUserId, "2023-07-16", "2023-07-16"), FakeCurrentUser.User(UserId));

        await act.Should().ThrowExactlyAsync<ForbiddenException>();
    }

    [Fact]
    public async Task Handle_AnotherUsersIdFromAnAdmin_ReportsTheirTasks()
    {
        _tasks.Seed(StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 12), userId: OtherUserId));

        var report = await Report(new GetDailyReportQuery(OtherUserId, "2023-07-16", "2023-07-16"), FakeCurrentUser.Admin(UserId));

        report.Should().Equal(new DayTotal(new DateOnly(2023, 7, 16), 3 * 3600, 1));
    }

    [Fact]
    public async Task Handle_NoUserIdAndNobodyIdentified_FailsValidationOnUserId()
    {
        var act = async () => await Report(new GetDailyReportQuery(null, "2023-07-16", "2023-07-16"));

        (await act.Should().ThrowExactlyAsync<ValidationException>())
            .Which.Errors.Select(failure => failure.PropertyName).Should().Equal("UserId");
    }

    private async Task<IReadOnlyList<DayTotal>> Report(GetDailyReportQuery query, FakeCurrentUser? caller = null) =>
        await new GetDailyReportHandler(_tasks, caller ?? FakeCurrentUser.Unauthenticated, _clock).Handle(query, CancellationToken.None);
}
