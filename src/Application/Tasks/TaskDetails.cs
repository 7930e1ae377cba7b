namespace TimeTracking.Application.Tasks;

/// <summary>
/// A task as the resource API shows it: instants in UTC, no end while it runs, and the seconds it has taken so far.
/// </summary>
public sealed record TaskDetails(
    long Id,
    long UserId,
    string Description,
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime,
    bool Running,
    double TimeSpent);
