namespace TimeTracking.Application.Tasks;

/// <summary>
/// A task with the version it was read at, which the host offers as an entity tag so that a later correction can
/// say which version it was made against.
/// </summary>
public sealed record VersionedTask(TaskDetails Task, int Version);
