using TimeTracking.Application.Tasks.ListRunningTasks;

namespace TimeTracking.Application.UnitTests.Tasks.ListRunningTasks;

public sealed class ListRunningTasksValidatorTests
{
    private readonly ListRunningTasksValidator _validator = new();

    /// <summary>No user id passes: the handler then takes the caller, or answers 400 when nobody is identified.</summary>
    [Theory]
    [InlineData(1L, true)]
    [InlineData(long.MaxValue, true)]
    [InlineData(null, true)]
    [InlineData(0L, false)]
    [InlineData(-1L, false)]
    [InlineData(long.MinValue, false)]
    public void Validate_AcceptsAPositiveUserIdOrNone_AndFailsOnUserIdOtherwise(long? userId, bool accepted)
    {
        var result = _validator.Validate(new ListRunningTasksQuery(userId));

        result.Errors.Select(failure => failure.PropertyName).Should().Equal(accepted ? [] : ["UserId"]);
    }
}
