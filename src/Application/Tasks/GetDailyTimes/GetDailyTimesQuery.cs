using Mediator;

namespace TimeTracking.Application.Tasks.GetDailyTimes;

/// <summary>
/// A user's tasks on one calendar day with the time spent in each during that day; the caller's when
/// <paramref name="UserId"/> is null. <paramref name="Date"/> is <c>yyyy-MM-dd</c>; <paramref name="TimeZone"/> is an
/// IANA id, UTC when null.
/// </summary>
public sealed record GetDailyTimesQuery(long? UserId, string Date, string? TimeZone = null)
    : IQuery<IReadOnlyList<TaskTime>>;
