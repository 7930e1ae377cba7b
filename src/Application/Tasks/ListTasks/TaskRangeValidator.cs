using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.ListTasks;

/// <summary>The rules both listings share; each listing's validator includes them.</summary>
internal sealed class TaskRangeValidator : AbstractValidator<ITaskRangeQuery>
{
    public TaskRangeValidator()
    {
        RuleFor(query => query.UserId).MustBeUserId();
        RuleFor(query => query.From).MustBeDate("from");
        RuleFor(query => query.To).MustBeDate("to");
        RuleFor(query => query.TimeZone).MustBeTimeZone("tz").OverridePropertyName("tz");
        RuleFor(query => query.To).MustEndDateRange(query => query.From);
    }
}
