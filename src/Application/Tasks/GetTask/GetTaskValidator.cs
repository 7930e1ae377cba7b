using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.GetTask;

internal sealed class GetTaskValidator : AbstractValidator<GetTaskQuery>
{
    public GetTaskValidator() => RuleFor(query => query.Id).MustBeTaskId();
}
