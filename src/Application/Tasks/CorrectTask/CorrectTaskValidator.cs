using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.CorrectTask;

internal sealed class CorrectTaskValidator : AbstractValidator<CorrectTaskCommand>
{
    public CorrectTaskValidator()
    {
        RuleFor(command => command.Id).MustBeTaskId();
        When(command => command.Description is not null, () => RuleFor(command => command.Description!).MustBeTaskDescription());
    }
}
