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

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a b")]
    [InlineData("key\u00e9")]
    [InlineData("tab\t")]
    public void Validate_MalformedIdempotencyKey_FailsOnTheHeader(string key)
    {
        var result = _validator.Validate(ValidStopTask() with { IdempotencyKey = key });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Idempotency-Key");
    }

    [Fact]
    public void Validate_IdempotencyKeyOverTheLimit_FailsOnTheHeader()
    {
        var result = _validator.Validate(ValidStopTask() with { IdempotencyKey = new string('k', 256) });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Idempotency-Key");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("8e03978e-40d5-43e8-bc93-6894a57f9324")]
    [InlineData("!")]
    public void Validate_AbsentOrWellFormedIdempotencyKey_Passes(string? key)
    {
        var result = _validator.Validate(ValidStopTask() with { IdempotencyKey = key });

        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_IdempotencyKeyOfMaximumLength_Passes()
    {
        var result = _validator.Validate(ValidStopTask() with { IdempotencyKey = new string('~', 255) });

        result.Errors.Should().BeEmpty();
    }
}
