using FluentValidation;
using TimeTracking.Application.Validation;

namespace TimeTracking.Application.Reports.GetDailyReport;

internal sealed class GetDailyReportValidator : AbstractValidator<GetDailyReportQuery>
{
    public GetDailyReportValidator()
    {
        RuleFor(query => query.UserId).MustBeUserId();
        RuleFor(query => query.From).MustBeDate("from");
        RuleFor(query => query.To).MustBeDate("to");
        RuleFor(query => query.To).MustEndDateRange(query => query.From);
        RuleFor(query => query.TimeZone).MustBeTimeZone("tz").OverridePropertyName("tz");
    }
}
