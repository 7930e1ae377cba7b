namespace TimeTracking.Application.Reports.GetDailyReport;

/// <summary>
/// One day of the daily report: the seconds spent that day and how many tasks it holds, exactly what <c>/times</c>
/// for that day adds up to and lists.
/// </summary>
public sealed record DayTotal(DateOnly Date, double TotalSeconds, int TaskCount);
