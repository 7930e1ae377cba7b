using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TimeTracking.Domain.Time;

namespace TimeTracking.Application.Common;

/// <summary>How the API reads calendar days and time zones from text: strictly, so nothing is guessed.</summary>
public static class CalendarInput
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The most days a range may hold, both ends counted: a leap year, so any whole year fits.</summary>
    public const int MaxDaysInRange = 366;

    /// <summary>A real day written <see cref="DateFormat"/>, within the range every zone can represent.</summary>
    public static bool IsDate([NotNullWhen(true)] string? text) =>
        TryParseDate(text, out var date) && date >= TimeWindow.FirstDay && date <= TimeWindow.LastDay;

    public static DateOnly ParseDate(string text) =>
        TryParseDate(text, out var date) ? date : throw new FormatException($"'{text}' is not a {DateFormat} date.");

    /// <summary>An IANA zone id such as <c>Europe/Berlin</c>; none means UTC.</summary>
    /// <remarks>
    /// Only the zone's canonical IANA spelling: the runtime would also take Windows names and other casings, which
    /// the contract does not promise.
    /// </remarks>
    public static bool IsTimeZone(string? id) =>
        id is null
        || (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId && zone.Id == id);

    public static TimeZoneInfo FindTimeZone(string? id) =>
        id is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(id);

    private static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
