using FluentValidation;
using TimeTracking.Application.Common;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.ListTasks;

/// <summary>The rules both listings share; each listing's validator includes them.</summary>
internal sealed class TaskRangeValidator : AbstractValidator<ITaskRangeQuery>
{
    /// <summary>A leap year: a whole year, whichever, can be listed at once.</summary>
    public const int MaxDays = 366;

    public TaskRangeValidator()
    {
        RuleFor(query => query.UserId).MustBeUserId();
        RuleFor(query => query.From).MustBeDate("from");
        RuleFor(query => query.To).MustBeDate("to");
        RuleFor(query => query.TimeZone).MustBeTimeZone("tz").OverridePropertyName("tz");
        RuleFor(query => query.To)
            .Must((query, to) => Days(query) >= 1)
            .WithMessage("to must be the same day as from or a later one.")
            .Must((query, to) => Days(query) <= MaxDays)
            .WithMessage(query => $"from and to span {Days(query)} days; at most {MaxDays} can be listed at once.")
            .When(query => CalendarInput.IsDate(query.From) && CalendarInput.IsDate(query.To));
    }

    /// <summary>How many calendar days the range holds, both ends included.</summary>
    public static int Days(ITaskRangeQuery query) =>
        CalendarInput.ParseDate(query.To).DayNumber - CalendarInput.ParseDate(query.From).DayNumber + 1;
}
