using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;

namespace TimeTracking.Application.Abstractions;

public interface ITaskRepository
{
    /// <summary>Schedules the task for insertion; its id is assigned when the unit of work is saved.</summary>
    void Add(TrackedTask task);

    /// <summary>Loads a task for change, or null when no task has that id.</summary>
    Task<TrackedTask?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Stops the task with this id at <paramref name="at"/> in one conditional write, if it is
    /// <paramref name="onlyUser"/>'s (any user's when null) and <see cref="TrackedTask.Stop"/> would accept it (see
    /// <see cref="TrackedTask.StoppableAt"/>). False when no task was stopped; of stops racing on one task exactly one
    /// succeeds.
    /// </summary>
    Task<bool> TryStopAsync(long id, long? onlyUser, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>A user's tasks that belong to <paramref name="window"/> (see <see cref="TrackedTask.BelongsTo"/>), by start.</summary>
    Task<IReadOnlyList<TrackedTask>> ListForWindowAsync(
        long userId, TimeWindow window, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Holds the user's task lock until the current transaction ends, so that writes which depend on the user's other
    /// tasks (see <see cref="Tasks.RunningTaskPolicy.One"/>) run one after another across all instances.
    /// </summary>
    Task LockTasksOfAsync(long userId, CancellationToken cancellationToken);

    /// <summary>
    /// A user's running tasks, by start then id, loaded for change. <paramref name="now"/> narrows the search: a running task is still
    /// going at every instant from now on.
    /// </summary>
    Task<IReadOnlyList<TrackedTask>> ListRunningAsync(long userId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the task with this id at once, in one statement rather than through the unit of work, so that of
    /// deletes racing on one task exactly one succeeds. False when no task had that id by then.
    /// </summary>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// A user's tasks that belong to <paramref name="window"/>, as <see cref="ListForWindowAsync"/> finds them, ordered by
    /// start time then id; only those after <paramref name="after"/> when given, and at most <paramref name="limit"/>
    /// when given. Read untracked, one row at a time as the caller enumerates, so a long range is never held in
    /// memory; pass the cancellation token with <c>WithCancellation</c>.
    /// </summary>
    IAsyncEnumerable<TrackedTask> StreamForWindow(
        long userId, TimeWindow window, DateTimeOffset now, TaskPosition? after = null, int? limit = null);
}
