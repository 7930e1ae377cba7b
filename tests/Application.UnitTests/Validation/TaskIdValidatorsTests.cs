using FluentValidation.Results;
using TimeTracking.Application.Tasks.DeleteTask;
using TimeTracking.Application.Tasks.GetTask;

namespace TimeTracking.Application.UnitTests.Validation;

/// <summary>Each message that names nothing but a task id accepts exactly the positive ones.</summary>
public sealed class TaskIdValidatorsTests
{
    public static TheoryData<string, long> PositiveIds => Cases(1, long.MaxValue);

    public static TheoryData<string, long> NonPositiveIds => Cases(0, -1, long.MinValue);

    [Theory]
    [MemberData(nameof(PositiveIds))]
    public void Validate_PositiveId_Passes(string message, long id)
    {
        var result = Validate(message, id);

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(NonPositiveIds))]
    public void Validate_NonPositiveId_FailsOnId(string message, long id)
    {
        var result = Validate(message, id);

        result.Errors.Select(failure => failure.PropertyName).Should().Equal("Id");
    }

    private static readonly string[] Messages = ["GetTask", "DeleteTask"];

    private static TheoryData<string, long> Cases(params long[] ids)
    {
        var cases = new TheoryData<string, long>();
        foreach (var message in Messages)
        {
            foreach (var id in ids)
            {
                cases.Add(message, id);
            }
        }

        return cases;
    }

    private static ValidationResult Validate(string message, long id) => message switch
    {
        "GetTask" => new GetTaskValidator().Validate(new GetTaskQuery(id)),
        "DeleteTask" => new DeleteTaskValidator().Validate(new DeleteTaskCommand(id)),
        _ => throw new ArgumentOutOfRangeException(nameof(message), message, null),
    };
}
