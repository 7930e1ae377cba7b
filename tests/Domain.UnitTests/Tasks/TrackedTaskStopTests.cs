using TimeTracking.Domain.Tasks;
using static TimeTracking.Domain.UnitTests.TestData;

namespace TimeTracking.Domain.UnitTests.Tasks;

public sealed class TrackedTaskStopTests
{
    [Fact]
    public void Stop_RunningTask_EndsAtGivenInstant()
    {
        var task = RunningTask(Utc(2023, 7, 16, 9));

        task.Stop(Utc(2023, 7, 16, 10, 15));

        task.EndTime.Should().Be(Utc(2023, 7, 16, 10, 15));
    }

    [Fact]
    public void Stop_RunningTask_IsNoLongerRunning()
    {
        var task = RunningTask(Utc(2023, 7, 16, 9));

        task.Stop(Utc(2023, 7, 16, 10));

        task.IsRunning.Should().BeFalse();
    }

    [Fact]
    public void Stop_WithLocalOffset_StoresSameInstantInUtc()
    {
        var task = RunningTask(Utc(2023, 7, 16, 9));

        task.Stop(new DateTimeOffset(2023, 7, 16, 12, 0, 0, TimeSpan.FromHours(2)));

        task.EndTime.Should().BeExactly(Utc(2023, 7, 16, 10));
    }

    [Fact]
    public void Stop_AtStartInstant_IsAllowedAsZeroLengthTask()
    {
        var task = RunningTask(Utc(2023, 7, 16, 9));

        task.Stop(Utc(2023, 7, 16, 9));

        task.EndTime.Should().Be(task.StartTime);
    }

    [Fact]
    public void Stop_WhenAlreadyStopped_Throws()
    {
        var task = StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10));

        var act = () => task.Stop(Utc(2023, 7, 16, 11));

        act.Should().ThrowExactly<TaskAlreadyStoppedException>();
    }

    [Fact]
    public void Stop_WhenAlreadyStopped_KeepsFirstEndTime()
    {
        var task = StoppedTask(Utc(2023, 7, 16, 9), Utc(2023, 7, 16, 10));

        try
        {
            task.Stop(Utc(2023, 7, 16, 11));
        }
        catch (TaskAlreadyStoppedException)
        {
            // The refusal itself is covered by Stop_WhenAlreadyStopped_Throws.
        }

        task.EndTime.Should().Be(Utc(2023, 7, 16, 10));
    }

    [Fact]
    public void Stop_BeforeStart_Throws()
    {
        var task = RunningTask(Utc(2023, 7, 16, 9));

        var act = () => task.Stop(Utc(2023, 7, 16, 8, 59));

        act.Should().ThrowExactly<TaskStopBeforeStartException>();
    }

    [Fact]
    public void Stop_BeforeStart_LeavesTaskRunning()
    {
        var task = RunningTask(Utc(2023, 7, 16, 9));

        try
        {
            task.Stop(Utc(2023, 7, 16, 8));
        }
        catch (TaskStopBeforeStartException)
        {
            // The refusal itself is covered by Stop_BeforeStart_Throws.
        }

        task.IsRunning.Should().BeTrue();
    }

    [Fact]
    public void Stop_AtEarlierInstantWrittenWithLaterWallClock_Throws()
    {
        var task = RunningTask(Utc(2023, 7, 16, 10));
        var nineUtcWrittenInBerlin = new DateTimeOffset(2023, 7, 16, 11, 0, 0, TimeSpan.FromHours(2));

        var act = () => task.Stop(nineUtcWrittenInBerlin);

        act.Should().ThrowExactly<TaskStopBeforeStartException>();
    }

    [Fact]
    public void Stop_AtLaterInstantWrittenWithEarlierWallClock_Succeeds()
    {
        var task = RunningTask(Utc(2023, 7, 16, 10));
        var halfPastTenUtcWrittenInAzores = new DateTimeOffset(2023, 7, 16, 9, 30, 0, TimeSpan.FromHours(-1));

        task.Stop(halfPastTenUtcWrittenInAzores);

        task.EndTime.Should().BeExactly(Utc(2023, 7, 16, 10, 30));
    }
}
