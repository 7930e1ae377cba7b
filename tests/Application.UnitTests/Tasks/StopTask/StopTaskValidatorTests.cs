using TimeTracking.Application.Tasks.StopTask;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.StopTask;

public sealed class StopTaskValidatorTests
{
    private readonly StopTaskValidator _validator = new();

    [Fact]
    public void Validate_PositiveId_Passes()
    {
        var result = _validator.Validate(ValidStopTask());

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public void Validate_NonPositiveId_FailsOnId(long nonPositiveId)
    {
        var result = _validator.Validate(new StopTaskCommand(nonPositiveId));

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Id");
    }
}
