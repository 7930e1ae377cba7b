using TimeTracking.Application.Tasks.StartTask;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.StartTask;

public sealed class StartTaskValidatorTests
{
    private readonly StartTaskValidator _validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes()
    {
        var result = _validator.Validate(ValidStartTask());

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public void Validate_NonPositiveUserId_FailsOnUserId(long nonPositiveUserId)
    {
        var result = _validator.Validate(ValidStartTask() with { UserId = nonPositiveUserId });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("UserId");
    }

    [Fact]
    public void Validate_NullDescription_FailsOnDescriptionOnce()
    {
        var result = _validator.Validate(ValidStartTask() with { Description = null! });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Description");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\r\n ")]
    public void Validate_BlankDescription_FailsOnDescription(string blankDescription)
    {
        var result = _validator.Validate(ValidStartTask() with { Description = blankDescription });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Description");
    }

    [Fact]
    public void Validate_DescriptionOf1001Characters_FailsOnDescription()
    {
        var result = _validator.Validate(ValidStartTask() with { Description = new string('a', 1001) });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Description");
    }

    [Fact]
    public void Validate_DescriptionOf1000Characters_Passes()
    {
        var result = _validator.Validate(ValidStartTask() with { Description = new string('a', 1000) });

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("Write\0the report")]
    public void Validate_DescriptionContainingNul_FailsOnDescription(string descriptionWithNul)
    {
        var result = _validator.Validate(ValidStartTask() with { Description = descriptionWithNul });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Description");
    }

    [Fact]
    public void Validate_SeveralBadFields_ReportsEachOfThem()
    {
        var result = _validator.Validate(new StartTaskCommand(0, " "));

        result.Errors.Select(failure => failure.PropertyName).Should().BeEquivalentTo("UserId", "Description");
    }

    [Fact]
    public void Validate_NoUserId_Passes_TheHandlerActsForTheCaller()
    {
        var result = _validator.Validate(ValidStartTask() with { UserId = null });

        result.IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("\u00fcml")]
    public void Validate_MalformedIdempotencyKey_FailsOnTheHeader(string key)
    {
        var result = _validator.Validate(ValidStartTask() with { IdempotencyKey = key });

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Idempotency-Key");
    }

    [Fact]
    public void Validate_WellFormedIdempotencyKey_Passes()
    {
        var result = _validator.Validate(ValidStartTask() with { IdempotencyKey = "8e03978e-40d5-43e8-bc93-6894a57f9324" });

        result.Errors.Should().BeEmpty();
    }
}
