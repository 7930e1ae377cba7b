using Mediator;

namespace TimeTracking.Application.Reports.GetDailyReport;

/// <summary>
/// A user's time per calendar day from <paramref name="From"/> to <paramref name="To"/> (both <c>yyyy-MM-dd</c>,
/// both included), as lived in <paramref name="TimeZone"/> (an IANA id, UTC when null); the caller's when
/// <paramref name="UserId"/> is null.
/// </summary>
public sealed record GetDailyReportQuery(long? UserId, string From, string To, string? TimeZone = null)
    : IQuery<IReadOnlyList<DayTotal>>;
