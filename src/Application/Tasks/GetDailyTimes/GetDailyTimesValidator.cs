using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Tasks.GetDailyTimes;

internal sealed class GetDailyTimesValidator : AbstractValidator<GetDailyTimesQuery>
{
    public GetDailyTimesValidator()
    {
        RuleFor(query => query.UserId).MustBeUserId();
        RuleFor(query => query.Date).MustBeDate("date");
        RuleFor(query => query.TimeZone).MustBeTimeZone("tz").OverridePropertyName("tz");
    }
}
