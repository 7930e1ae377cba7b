namespace TimeTracking.Application.Tasks.GetDailyTimes;

/// <summary>One line of the seed's <c>/times</c> answer; <paramref name="TimeSpent"/> is in seconds.</summary>
public sealed record TaskTime(long Id, string Description, double TimeSpent);
