using Mediator;

namespace TimeTracking.Application.Tasks.ListRunningTasks;

/// <summary>A user's running tasks, by start then id; the caller's when <paramref name="UserId"/> is null.</summary>
public sealed record ListRunningTasksQuery(long? UserId) : IQuery<IReadOnlyList<TaskDetails>>;
