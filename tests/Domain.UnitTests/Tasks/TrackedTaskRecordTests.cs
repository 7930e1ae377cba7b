using TimeTracking.Domain.Tasks;
using static TimeTracking.Domain.UnitTests.TestData;

namespace TimeTracking.Domain.UnitTests.Tasks;

public sealed class TrackedTaskRecordTests
{
    private static readonly DateTimeOffset Now = Utc(2023, 7, 18, 9);

    [Fact]
    public void Record_PastEntry_IsStoppedWithItsTimesInUtc()
    {
        var task = TrackedTask.Record(
            UserId, Description, Instant("2023-07-17T10:00:00+02:00"), Instant("2023-07-17T11:30:00+02:00"), Now);

        task.StartTime.Should().BeExactly(Utc(2023, 7, 17, 8));
        task.EndTime.Should().BeExactly(Utc(2023, 7, 17, 9, 30));
        task.IsRunning.Should().BeFalse();
        task.Version.Should().Be(1);
    }

    [Fact]
    public void Record_WithoutEnd_IsRunning()
    {
        var task = TrackedTask.Record(UserId, Description, Utc(2023, 7, 18, 8), null, Now);

        task.IsRunning.Should().BeTrue();
    }

    [Fact]
    public void Record_ZeroLength_IsAllowed()
    {
        var task = TrackedTask.Record(UserId, Description, Utc(2023, 7, 18, 8), Utc(2023, 7, 18, 8), Now);

        task.TimeSpent(Now).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Record_EndBeforeStart_IsRefusedOnTheEnd()
    {
        var record = () => TrackedTask.Record(UserId, Description, Utc(2023, 7, 18, 8), Utc(2023, 7, 18, 7, 59), Now);

        record.Should().Throw<InvalidTaskTimesException>().Which.Property.Should().Be(nameof(TrackedTask.EndTime));
    }

    [Fact]
    public void Record_StartWithinTheToleranceAhead_IsAllowed()
    {
        var task = TrackedTask.Record(UserId, Description, Now + TrackedTask.FutureTolerance, null, Now);

        task.StartTime.Should().Be(Now + TrackedTask.FutureTolerance);
    }

    [Fact]
    public void Record_StartBeyondTheToleranceAhead_IsRefusedOnTheStart()
    {
        var record = () => TrackedTask.Record(
            UserId, Description, Now + TrackedTask.FutureTolerance + TimeSpan.FromSeconds(1), null, Now);

        record.Should().Throw<InvalidTaskTimesException>().Which.Property.Should().Be(nameof(TrackedTask.StartTime));
    }

    [Fact]
    public void Record_EndBeyondTheToleranceAhead_IsRefusedOnTheEnd()
    {
        var record = () => TrackedTask.Record(UserId, Description, Utc(2023, 7, 18, 8), Now + TimeSpan.FromHours(1), Now);

        record.Should().Throw<InvalidTaskTimesException>().Which.Property.Should().Be(nameof(TrackedTask.EndTime));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Record_BlankDescription_Throws(string description)
    {
        var record = () => TrackedTask.Record(UserId, description, Utc(2023, 7, 18, 8), null, Now);

        record.Should().Throw<ArgumentException>();
    }
}
