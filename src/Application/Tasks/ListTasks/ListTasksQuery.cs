using Mediator;

namespace TimeTracking.Application.Tasks.ListTasks;

/// <summary>
/// One page of a user's tasks over a range of days (see <see cref="ITaskRangeQuery"/>): those that belong to it as
/// they belong to a day of <c>/times</c>, ordered by start time, then id. At most <paramref name="Limit"/> tasks
/// (<see cref="DefaultLimit"/> when null), after the position <paramref name="Cursor"/> holds (from the first when null).
/// </summary>
public sealed record ListTasksQuery(
    long? UserId,
    string From,
    string To,
    string? TimeZone = null,
    int? Limit = null,
    string? Cursor = null) : IQuery<TaskPage>, ITaskRangeQuery
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
}
