using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.ListRunningTasks;

internal sealed class ListRunningTasksValidator : AbstractValidator<ListRunningTasksQuery>
{
    public ListRunningTasksValidator() => RuleFor(query => query.UserId).MustBeUserId();
}
