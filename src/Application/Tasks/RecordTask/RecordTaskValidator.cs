using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.RecordTask;

/// <summary>The shape of an entry; whether its times are possible is the task's own rule (<c>TrackedTask.Record</c>).</summary>
internal sealed class RecordTaskValidator : AbstractValidator<RecordTaskCommand>
{
    public RecordTaskValidator()
    {
        RuleFor(command => command.UserId).MustBeUserId();
        RuleFor(command => command.Description).MustBeTaskDescription();
        RuleFor(command => command.StartTime).NotNull().WithMessage("start_time is required.");
        RuleFor(command => command.IdempotencyKey).MustBeIdempotencyKey();
    }
}
