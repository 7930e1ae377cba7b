using TimeTracking.Domain.Tasks;
using static TimeTracking.Domain.UnitTests.TestData;

namespace TimeTracking.Domain.UnitTests.Tasks;

public sealed class TrackedTaskStartTests
{
    [Fact]
    public void Start_KeepsUserAndDescription()
    {
        var task = TrackedTask.Start(7, "Review pull request", Utc(2023, 7, 16, 9));

        task.UserId.Should().Be(7);
        task.Description.Should().Be("Review pull request");
    }

    [Fact]
    public void Start_CreatesRunningTask()
    {
        var task = TrackedTask.Start(UserId, Description, Utc(2023, 7, 16, 9));

        task.IsRunning.Should().BeTrue();
        task.EndTime.Should().BeNull();
    }

    [Fact]
    public void Start_WithUtcInstant_StartsAtThatInstant()
    {
        var task = TrackedTask.Start(UserId, Description, Utc(2023, 7, 16, 9, 30));

        task.StartTime.Should().BeExactly(Utc(2023, 7, 16, 9, 30));
    }

    [Fact]
    public void Start_WithLocalOffset_StoresSameInstantInUtc()
    {
        var berlinSummerMorning = new DateTimeOffset(2023, 7, 16, 10, 0, 0, TimeSpan.FromHours(2));

        var task = TrackedTask.Start(UserId, Description, berlinSummerMorning);

        task.StartTime.Should().BeExactly(Utc(2023, 7, 16, 8));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public void Start_WithNonPositiveUserId_Throws(long nonPositiveUserId)
    {
        var act = () => TrackedTask.Start(nonPositiveUserId, Description, Utc(2023, 7, 16));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("userId");
    }

    [Fact]
    public void Start_WithNullDescription_Throws()
    {
        var act = () => TrackedTask.Start(UserId, null!, Utc(2023, 7, 16));

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("description");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n ")]
    public void Start_WithBlankDescription_Throws(string blankDescription)
    {
        var act = () => TrackedTask.Start(UserId, blankDescription, Utc(2023, 7, 16));

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("description");
    }

    [Fact]
    public void Start_WithDescriptionOverMaxLength_Throws()
    {
        var description = new string('a', TrackedTask.MaxDescriptionLength + 1);

        var act = () => TrackedTask.Start(UserId, description, Utc(2023, 7, 16));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("description");
    }

    [Fact]
    public void Start_WithDescriptionOfMaxLength_Succeeds()
    {
        var description = new string('a', TrackedTask.MaxDescriptionLength);

        var task = TrackedTask.Start(UserId, description, Utc(2023, 7, 16));

        task.Description.Should().HaveLength(1000);
    }
}
