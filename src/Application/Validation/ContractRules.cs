using FluentValidation;
using TimeTracking.Application.Common;
using TimeTracking.Application.Idempotency;
using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;

namespace TimeTracking.Application.Validation;

/// <summary>The rules for fields that several messages share, written once.</summary>
internal static class ContractRules
{
    /// <summary>A user id, when one is given; who acts when none is given is the handler's question.</summary>
    public static IRuleBuilderOptions<T, long?> MustBeUserId<T>(this IRuleBuilder<T, long?> rule) =>
        rule.GreaterThan(0).WithMessage("user_id is required and must be a positive integer.");

    public static IRuleBuilderOptions<T, long> MustBeTaskId<T>(this IRuleBuilder<T, long> rule) =>
        rule.GreaterThan(0).WithMessage("id is required and must be a positive integer.");

    public static IRuleBuilderOptions<T, string> MustBeTaskDescription<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(description => !string.IsNullOrWhiteSpace(description))
            .WithMessage("description is required and must not be blank.")
            .MaximumLength(TrackedTask.MaxDescriptionLength)
            .WithMessage($"description must be at most {TrackedTask.MaxDescriptionLength} characters.")
            .Must(description => !description.Contains('\0', StringComparison.Ordinal))
            .WithMessage("description must not contain NUL characters.");

    /// <summary>
    /// An <c>Idempotency-Key</c> header, when sent: 1 to <see cref="IdempotencyKeys.MaxLength"/> visible ASCII
    /// characters. Reported under the header's name.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MustBeIdempotencyKey<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(key => key is null || IdempotencyKeys.IsWellFormed(key))
            .WithMessage(
                $"{IdempotencyKeys.HeaderName} must be 1 to {IdempotencyKeys.MaxLength} visible ASCII characters, sent once; " +
                "a UUID is a good choice.")
            .OverridePropertyName(IdempotencyKeys.HeaderName);

    public static IRuleBuilderOptions<T, string> MustBeDate<T>(this IRuleBuilder<T, string> rule, string field) =>
        rule.Must(CalendarInput.IsDate)
            .WithMessage(
                $"{field} is required and must be a real calendar day written {CalendarInput.DateFormat}, " +
                $"from {TimeWindow.FirstDay:yyyy-MM-dd} to {TimeWindow.LastDay:yyyy-MM-dd}.");

    public static IRuleBuilderOptions<T, string?> MustBeTimeZone<T>(this IRuleBuilder<T, string?> rule, string field) =>
        rule.Must(CalendarInput.IsTimeZone)
            .WithMessage($"{field} must be an IANA time zone such as Europe/Berlin.");

    /// <summary>
    /// The <c>to</c> of an inclusive range of days that starts at <c>from</c>: not before it, and spanning at most
    /// <see cref="CalendarInput.MaxDaysInRange"/> days, both ends counted. Says nothing while either end is not a date: that is
    /// <see cref="MustBeDate{T}"/>'s to say.
    /// </summary>
    public static IRuleBuilderOptions<T, string> MustEndDateRange<T>(this IRuleBuilderInitial<T, string> rule, Func<T, string> from) =>
        rule.Cascade(CascadeMode.Stop)
            .Must((message, to) => DaysInRange(from(message), to) is not < 1)
            .WithMessage("to must be the same day as from or a later one.")
            .Must((message, to) => DaysInRange(from(message), to) is not > CalendarInput.MaxDaysInRange)
            .WithMessage((message, to) =>
                $"from and to span {DaysInRange(from(message), to)} days; at most {CalendarInput.MaxDaysInRange} can be asked for at once.");

    private static int? DaysInRange(string? from, string? to) =>
        CalendarInput.IsDate(from) && CalendarInput.IsDate(to)
            ? CalendarInput.ParseDate(to).DayNumber - CalendarInput.ParseDate(from).DayNumber + 1
            : null;
}
