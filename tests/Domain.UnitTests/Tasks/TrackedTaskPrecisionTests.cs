using TimeTracking.Domain.Tasks;
using static TimeTracking.Domain.UnitTests.TestData;

namespace TimeTracking.Domain.UnitTests.Tasks;

/// <summary>A task keeps its instants to the whole microsecond, as a database does, whichever way they came in.</summary>
public sealed class TrackedTaskPrecisionTests
{
    private static readonly DateTimeOffset Now = Utc(2023, 7, 18, 9);

    [Fact]
    public void Start_WithTicksBeyondTheMicrosecond_KeepsTheWholeMicroseconds()
    {
        var task = TrackedTask.Start(UserId, Description, Instant("2023-07-18T10:15:00.1234567+02:00"));

        task.StartTime.Should().BeExactly(Instant("2023-07-18T08:15:00.123456Z"));
    }

    [Fact]
    public void Record_WithTicksBeyondTheMicrosecond_CutsBothInstantsDown()
    {
        var task = TrackedTask.Record(
            UserId, Description, Instant("2023-07-18T08:00:00.0000009Z"), Instant("2023-07-18T08:59:59.9999999Z"), Now);

        task.StartTime.Should().BeExactly(Utc(2023, 7, 18, 8));
        task.EndTime.Should().BeExactly(Instant("2023-07-18T08:59:59.999999Z"), "cutting never moves an instant later");
    }

    [Fact]
    public void Record_EndATickAfterTheStart_KeepsThemEqualRatherThanReversed()
    {
        var task = TrackedTask.Record(
            UserId, Description, Instant("2023-07-18T08:00:00.0000001Z"), Instant("2023-07-18T08:00:00.0000002Z"), Now);

        task.EndTime.Should().Be(task.StartTime);
    }

    [Fact]
    public void Correct_WithTicksBeyondTheMicrosecond_KeepsTheWholeMicroseconds()
    {
        var task = StoppedTask(Utc(2023, 7, 18, 7), Utc(2023, 7, 18, 8));

        task.Correct(null, Instant("2023-07-18T07:00:00.0000015Z"), Instant("2023-07-18T08:00:00.0000025Z"), Now);

        task.StartTime.Should().BeExactly(Instant("2023-07-18T07:00:00.000001Z"));
        task.EndTime.Should().BeExactly(Instant("2023-07-18T08:00:00.000002Z"));
    }

    [Fact]
    public void Stop_AtAnInstantWithTicksBeyondTheMicrosecond_KeepsTheWholeMicroseconds()
    {
        var task = RunningTask(Utc(2023, 7, 18, 8));

        task.Stop(Instant("2023-07-18T08:30:00.0000009Z"));

        task.EndTime.Should().BeExactly(Utc(2023, 7, 18, 8, 30));
    }
}
