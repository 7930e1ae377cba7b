using TimeTracking.Domain.Time;
using static TimeTracking.Domain.UnitTests.TestData;

namespace TimeTracking.Domain.UnitTests.Tasks;

public sealed class TrackedTaskTimeSpentWithinTests
{
    /// <summary>2023-07-16 in UTC: [2023-07-16T00:00Z, 2023-07-17T00:00Z).</summary>
    private static TimeWindow Day { get; } = TimeWindow.ForDay(new DateOnly(2023, 7, 16), TimeZoneInfo.Utc);

    private static DateTimeOffset LongAfter { get; } = Utc(2023, 8, 1);

    [Fact]
    public void TimeSpentWithin_TaskInsideWindow_IsItsWholeDuration()
    {
        var task = StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10, 30));

        task.TimeSpentWithin(Day, LongAfter).Should().Be(TimeSpan.FromMinutes(90));
    }

    [Fact]
    public void TimeSpentWithin_TaskCrossingWindowStart_CountsFromWindowStart()
    {
        var task = StoppedTask(Utc(2023, 7, 15, 22), Utc(2023, 7, 16, 1));

        task.TimeSpentWithin(Day, LongAfter).Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void TimeSpentWithin_TaskCrossingWindowEnd_CountsUpToWindowEnd()
    {
        var task = StoppedTask(Utc(2023, 7, 16, 23), Utc(2023, 7, 17, 2));

        task.TimeSpentWithin(Day, LongAfter).Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void TimeSpentWithin_TaskSpanningSeveralDays_IsTheWholeWindow()
    {
        var task = StoppedTask(Utc(2023, 7, 14, 8), Utc(2023, 7, 18, 17));

        task.TimeSpentWithin(Day, LongAfter).Should().Be(TimeSpan.FromHours(24));
    }

    [Fact]
    public void TimeSpentWithin_RunningTask_CountsUpToNow()
    {
        var task = RunningTask(Utc(2023, 7, 16, 9));

        task.TimeSpentWithin(Day, now: Utc(2023, 7, 16, 11, 15)).Should().Be(TimeSpan.FromMinutes(135));
    }

    [Fact]
    public void TimeSpentWithin_RunningTaskWithNowAfterWindow_CountsUpToWindowEnd()
    {
        var task = RunningTask(Utc(2023, 7, 16, 23));

        task.TimeSpentWithin(Day, now: Utc(2023, 7, 17, 5)).Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void TimeSpentWithin_RunningTaskWithNowBeforeWindow_IsZero()
    {
        var task = RunningTask(Utc(2023, 7, 15, 20));

        task.TimeSpentWithin(Day, now: Utc(2023, 7, 15, 22)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void TimeSpentWithin_RunningTaskWithNowBeforeItsStart_IsZero()
    {
        var task = RunningTask(Utc(2023, 7, 16, 12));

        task.TimeSpentWithin(Day, now: Utc(2023, 7, 16, 11)).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void TimeSpentWithin_ZeroLengthTask_IsZero()
    {
        var task = StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 9));

        task.TimeSpentWithin(Day, LongAfter).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void TimeSpentWithin_TaskEndedBeforeWindow_IsZeroNotNegative()
    {
        var task = StoppedTask(Utc(2023, 7, 14, 9), Utc(2023, 7, 14, 17));

        task.TimeSpentWithin(Day, LongAfter).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void TimeSpentWithin_TaskEndedExactlyAtWindowStart_IsZero()
    {
        var task = StoppedTask(Utc(2023, 7, 15, 22), Utc(2023, 7, 16));

        task.TimeSpentWithin(Day, LongAfter).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void TimeSpentWithin_TaskStartedAfterWindow_IsZeroNotNegative()
    {
        var task = StoppedTask(Utc(2023, 7, 18, 9), Utc(2023, 7, 18, 17));

        task.TimeSpentWithin(Day, LongAfter).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void TimeSpentWithin_TaskStartedExactlyAtWindowEnd_IsZero()
    {
        var task = StoppedTask(Utc(2023, 7, 17), Utc(2023, 7, 17, 3));

        task.TimeSpentWithin(Day, LongAfter).Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData("2023-03-26", 23)]
    [InlineData("2023-10-29", 25)]
    public void TimeSpentWithin_TaskCoveringBerlinDstDay_IsTheDaysRealLength(string date, int hours)
    {
        var day = TimeWindow.ForDay(Date(date), Zone("Europe/Berlin"));
        var task = StoppedTask(day.Start.AddDays(-1), day.End.AddDays(1));

        task.TimeSpentWithin(day, LongAfter).Should().Be(TimeSpan.FromHours(hours));
    }

    [Fact]
    public void TimeSpentWithin_TaskAcrossSpringForward_CountsElapsedTimeNotWallClock()
    {
        // 01:30 CET to 03:30 CEST on 2023-03-26 in Berlin reads as two hours on the wall but lasts one.
        var day = TimeWindow.ForDay(new DateOnly(2023, 3, 26), Zone("Europe/Berlin"));
        var task = StoppedTask(Instant("2023-03-26T01:30:00+01:00"), Instant("2023-03-26T03:30:00+02:00"));

        task.TimeSpentWithin(day, LongAfter).Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void TimeSpentWithin_TaskFromEveningBeforeToAfterBerlinSpringForward_IsClampedToLocalMidnight()
    {
        // 2023-03-25 22:00 CET (21:00Z) to 2023-03-26 04:00 CEST (02:00Z): the day starts at 23:00Z.
        var day = TimeWindow.ForDay(new DateOnly(2023, 3, 26), Zone("Europe/Berlin"));
        var task = StoppedTask(Instant("2023-03-25T21:00:00Z"), Instant("2023-03-26T02:00:00Z"));

        task.TimeSpentWithin(day, LongAfter).Should().Be(TimeSpan.FromHours(3));
    }
}
