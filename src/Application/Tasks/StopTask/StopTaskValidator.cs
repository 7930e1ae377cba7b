using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.StopTask;

internal sealed class StopTaskValidator : AbstractValidator<StopTaskCommand>
{
    public StopTaskValidator()
    {
        RuleFor(command => command.Id).MustBeTaskId();
        RuleFor(command => command.IdempotencyKey).MustBeIdempotencyKey();
    }
}
