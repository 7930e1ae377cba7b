using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;
using static TimeTracking.Domain.UnitTests.TestData;

namespace TimeTracking.Domain.UnitTests.Tasks;

/// <summary>The rule a database evaluates, compiled here and run against entities.</summary>
public sealed class TrackedTaskBelongsToTests
{
    /// <summary>2023-07-16 in UTC: [2023-07-16T00:00Z, 2023-07-17T00:00Z).</summary>
    private static TimeWindow Day { get; } = TimeWindow.ForDay(new DateOnly(2023, 7, 16), TimeZoneInfo.Utc);

    private static DateTimeOffset LongAfter { get; } = Utc(2023, 8, 1);

    private static bool BelongsToDay(TrackedTask task, DateTimeOffset now) =>
        TrackedTask.BelongsTo(Day, now).Compile()(task);

    [Fact]
    public void BelongsTo_TaskStartedInsideWindow_Belongs()
    {
        var task = StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10));

        BelongsToDay(task, LongAfter).Should().BeTrue();
    }

    [Fact]
    public void BelongsTo_TaskStartedInsideWindowAndEndedAfterIt_Belongs()
    {
        var task = StoppedTask(Utc(2023, 7, 16, 23), Utc(2023, 7, 17, 2));

        BelongsToDay(task, LongAfter).Should().BeTrue();
    }

    [Fact]
    public void BelongsTo_TaskStartedBeforeAndEndedInside_Belongs()
    {
        var task = StoppedTask(Utc(2023, 7, 15, 22), Utc(2023, 7, 16, 1));

        BelongsToDay(task, LongAfter).Should().BeTrue();
    }

    [Fact]
    public void BelongsTo_TaskStartedBeforeAndEndedAfter_Belongs()
    {
        var task = StoppedTask(Utc(2023, 7, 15, 22), Utc(2023, 7, 17, 2));

        BelongsToDay(task, LongAfter).Should().BeTrue();
    }

    [Fact]
    public void BelongsTo_TaskStartedBeforeAndStillRunning_WhenNowIsInsideWindow_Belongs()
    {
        var task = RunningTask(Utc(2023, 7, 15, 22));

        BelongsToDay(task, now: Utc(2023, 7, 16, 8)).Should().BeTrue();
    }

    [Fact]
    public void BelongsTo_TaskStartedBeforeAndStillRunning_WhenNowIsAfterWindow_Belongs()
    {
        var task = RunningTask(Utc(2023, 7, 15, 22));

        BelongsToDay(task, now: Utc(2023, 7, 18)).Should().BeTrue();
    }

    [Fact]
    public void BelongsTo_TaskStillRunning_ForDayStillToCome_DoesNotBelong()
    {
        var task = RunningTask(Utc(2023, 7, 15, 9));

        BelongsToDay(task, now: Utc(2023, 7, 15, 18)).Should().BeFalse();
    }

    [Fact]
    public void BelongsTo_TaskStartedBeforeAndStillRunning_WhenNowIsExactlyWindowStart_DoesNotBelong()
    {
        var task = RunningTask(Utc(2023, 7, 15, 22));

        BelongsToDay(task, now: Day.Start).Should().BeFalse();
    }

    [Fact]
    public void BelongsTo_TaskEndedExactlyAtWindowStart_DoesNotBelong()
    {
        var task = StoppedTask(Utc(2023, 7, 15, 22), Utc(2023, 7, 16));

        BelongsToDay(task, LongAfter).Should().BeFalse();
    }

    [Fact]
    public void BelongsTo_ZeroLengthTaskAtWindowStart_Belongs()
    {
        var task = StoppedTask(Utc(2023, 7, 16), Utc(2023, 7, 16));

        BelongsToDay(task, LongAfter).Should().BeTrue();
    }

    [Fact]
    public void BelongsTo_TaskStartedExactlyAtWindowEnd_DoesNotBelong()
    {
        var task = StoppedTask(Utc(2023, 7, 17), Utc(2023, 7, 17, 1));

        BelongsToDay(task, LongAfter).Should().BeFalse();
    }

    [Fact]
    public void BelongsTo_TaskEndedBeforeWindow_DoesNotBelong()
    {
        var task = StoppedTask(Utc(2023, 7, 15, 9), Utc(2023, 7, 15, 17));

        BelongsToDay(task, LongAfter).Should().BeFalse();
    }

    [Fact]
    public void BelongsTo_TaskStartedAfterWindow_DoesNotBelong()
    {
        var task = StoppedTask(Utc(2023, 7, 18, 9), Utc(2023, 7, 18, 17));

        BelongsToDay(task, LongAfter).Should().BeFalse();
    }

    [Fact]
    public void BelongsTo_TaskStartedJustAfterBerlinLocalMidnight_BelongsToThatLocalDay()
    {
        // 2023-07-16 00:30 CEST is still 2023-07-15 in UTC.
        var berlinDay = TimeWindow.ForDay(new DateOnly(2023, 7, 16), Zone("Europe/Berlin"));
        var task = StoppedTask(Instant("2023-07-15T22:30:00Z"), Instant("2023-07-15T23:00:00Z"));

        TrackedTask.BelongsTo(berlinDay, LongAfter).Compile()(task).Should().BeTrue();
    }
}
