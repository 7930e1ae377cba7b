using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;
using static TimeTracking.Domain.UnitTests.TestData;

namespace TimeTracking.Domain.UnitTests.Tasks;

/// <summary><see cref="TrackedTask.IsIn"/> is <see cref="TrackedTask.BelongsTo"/> in memory: the two never disagree.</summary>
public sealed class TrackedTaskIsInTests
{
    // Berlin's short day: [2023-03-25T23:00Z, 2023-03-26T22:00Z).
    private static TimeWindow Day { get; } = TimeWindow.ForDay(Date("2023-03-26"), Zone("Europe/Berlin"));

    private static readonly TimeSpan[] Offsets =
    [
        -TimeSpan.FromHours(30), -TimeSpan.FromHours(1), -TimeSpan.FromTicks(1), TimeSpan.Zero, TimeSpan.FromTicks(1),
        TimeSpan.FromHours(1), TimeSpan.FromHours(23) - TimeSpan.FromTicks(1), TimeSpan.FromHours(23),
        TimeSpan.FromHours(23) + TimeSpan.FromTicks(1), TimeSpan.FromHours(24), TimeSpan.FromHours(50),
    ];

    public static TheoryData<TimeSpan> StartOffsets => new(Offsets);

    /// <summary>
    /// Every start, end and now among instants before, at, inside and after the day's bounds, each off by a tick:
    /// stopped and running tasks alike.
    /// </summary>
    [Theory]
    [MemberData(nameof(StartOffsets))]
    public void IsIn_AgreesWithBelongsTo_ForEveryEndAndNow(TimeSpan startOffset)
    {
        var start = Day.Start + startOffset;
        var checkedCases = 0;
        foreach (var now in Offsets.Select(offset => Day.Start + offset).Where(now => now >= start))
        {
            var tasks = Offsets.Select(offset => Day.Start + offset).Where(end => end >= start)
                .Select(end => StoppedTask(start, end))
                .Append(RunningTask(start));
            foreach (var task in tasks)
            {
                var expected = TrackedTask.BelongsTo(Day, now).Compile()(task);

                task.IsIn(Day, now).Should().Be(expected, $"start {task.StartTime:O}, end {task.EndTime:O}, now {now:O}");
                checkedCases++;
            }
        }

        checkedCases.Should().BeGreaterThan(0);
    }

    [Fact]
    public void IsIn_RunningTaskForADayStillToCome_IsFalse()
    {
        var task = RunningTask(Day.Start - TimeSpan.FromHours(2));

        task.IsIn(Day, now: Day.Start - TimeSpan.FromHours(1)).Should().BeFalse();
    }

    [Fact]
    public void IsIn_ZeroLengthTaskAtTheDaysStart_IsTrue()
    {
        var task = StoppedTask(Day.Start, Day.Start);

        task.IsIn(Day, now: Day.End).Should().BeTrue();
    }
}
