using TimeTracking.Application.Tasks.ListTasks;
using static TimeTracking.Application.UnitTests.TestData;

namespace TimeTracking.Application.UnitTests.Tasks.ListTasks;

/// <summary>The export shares the listing's range rules (tested in full in <see cref="ListTasksValidatorTests"/>).</summary>
public sealed class ExportTasksValidatorTests
{
    private readonly ExportTasksValidator _validator = new();

    [Fact]
    public void Validate_ValidQuery_Passes() =>
        _validator.Validate(new ExportTasksQuery(UserId, "2024-01-01", "2024-12-31", "Europe/Berlin")).Errors.Should().BeEmpty();

    [Fact]
    public void Validate_EveryRangeRule_Applies() =>
        _validator.Validate(new ExportTasksQuery(0, "x", "2023-07-10", "Nowhere")).Errors.Select(failure => failure.PropertyName)
            .Should().BeEquivalentTo("UserId", "From", "tz");

    [Theory]
    [InlineData("2023-07-10", "2023-07-09")]
    [InlineData("2023-01-01", "2024-01-02")]
    public void Validate_RangeBackwardsOrOver366Days_FailsOnTo(string from, string to) =>
        _validator.Validate(new ExportTasksQuery(UserId, from, to)).Errors.Select(failure => failure.PropertyName)
            .Should().Equal("To");
}
