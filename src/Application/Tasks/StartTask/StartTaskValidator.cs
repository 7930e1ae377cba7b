using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.StartTask;

internal sealed class StartTaskValidator : AbstractValidator<StartTaskCommand>
{
    public StartTaskValidator()
    {
        RuleFor(command => command.UserId).MustBeUserId();
        RuleFor(command => command.Description).MustBeTaskDescription();
        RuleFor(command => command.IdempotencyKey).MustBeIdempotencyKey();
    }
}
