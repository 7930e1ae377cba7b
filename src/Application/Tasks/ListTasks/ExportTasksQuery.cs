using Mediator;

namespace TimeTracking.Application.Tasks.ListTasks;

/// <summary>
/// Every task of a range (see <see cref="ITaskRangeQuery"/>), in the order of <see cref="ListTasksQuery"/>, as a
/// stream: for exports, which must not hold a year of tasks in memory.
/// </summary>
public sealed record ExportTasksQuery(long? UserId, string From, string To, string? TimeZone = null)
    : IQuery<TaskExport>, ITaskRangeQuery;

/// <summary>
/// An export, checked and ready to read: <paramref name="Tasks"/> is read from the database as it is enumerated, once.
/// <paramref name="Zone"/> is the zone the range was asked in, for showing its instants.
/// </summary>
public sealed record TaskExport(TimeZoneInfo Zone, IAsyncEnumerable<TaskDetails> Tasks);
