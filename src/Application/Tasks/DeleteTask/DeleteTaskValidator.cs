using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.DeleteTask;

internal sealed class DeleteTaskValidator : AbstractValidator<DeleteTaskCommand>
{
    public DeleteTaskValidator() => RuleFor(command => command.Id).MustBeTaskId();
}
