using TimeTracking.Domain.Tasks;
using static TimeTracking.Domain.UnitTests.TestData;

namespace TimeTracking.Domain.UnitTests.Tasks;

public sealed class TrackedTaskCorrectTests
{
    private static readonly DateTimeOffset Now = Utc(2023, 7, 18, 9);

    [Fact]
    public void Correct_OnlyTheDescription_KeepsTheTimesAndCountsAVersion()
    {
        var task = StoppedTask(Utc(2023, 7, 17, 8), Utc(2023, 7, 17, 9));
        var version = task.Version;

        task.Correct("Review the report", null, null, Now);

        task.Description.Should().Be("Review the report");
        task.StartTime.Should().Be(Utc(2023, 7, 17, 8));
        task.EndTime.Should().Be(Utc(2023, 7, 17, 9));
        task.Version.Should().Be(version + 1);
    }

    [Fact]
    public void Correct_TheTimes_StoresThemInUtc()
    {
        var task = StoppedTask(Utc(2023, 7, 17, 8), Utc(2023, 7, 17, 9));

        task.Correct(null, Instant("2023-07-17T09:30:00+02:00"), Instant("2023-07-17T12:00:00+02:00"), Now);

        task.StartTime.Should().BeExactly(Utc(2023, 7, 17, 7, 30));
        task.EndTime.Should().BeExactly(Utc(2023, 7, 17, 10));
    }

    [Fact]
    public void Correct_TheEndOfARunningTask_StopsIt()
    {
        var task = RunningTask(Utc(2023, 7, 18, 8));

        task.Correct(null, null, Utc(2023, 7, 18, 8, 30), Now);

        task.IsRunning.Should().BeFalse();
    }

    [Fact]
    public void Correct_AStartAfterTheStoredEnd_IsRefusedAndChangesNothing()
    {
        var task = StoppedTask(Utc(2023, 7, 17, 8), Utc(2023, 7, 17, 9));
        var version = task.Version;

        var correct = () => task.Correct("New words", Utc(2023, 7, 17, 10), null, Now);

        correct.Should().Throw<InvalidTaskTimesException>().Which.Property.Should().Be(nameof(TrackedTask.EndTime));
        task.Description.Should().Be(Description);
        task.StartTime.Should().Be(Utc(2023, 7, 17, 8));
        task.Version.Should().Be(version);
    }

    [Fact]
    public void Correct_AStartInTheFuture_IsRefused()
    {
        var task = RunningTask(Utc(2023, 7, 18, 8));

        var correct = () => task.Correct(null, Now + TimeSpan.FromMinutes(5), null, Now);

        correct.Should().Throw<InvalidTaskTimesException>().Which.Property.Should().Be(nameof(TrackedTask.StartTime));
    }

    [Fact]
    public void Stop_CountsAVersion()
    {
        var task = RunningTask(Utc(2023, 7, 18, 8));

        task.Stop(Now);

        task.Version.Should().Be(2);
    }
}
