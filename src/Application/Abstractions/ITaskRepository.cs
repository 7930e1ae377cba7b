using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;

namespace TimeTracking.Application.Abstractions;

public interface ITaskRepository
{
    /// <summary>Schedules the task for insertion; its id is assigned when the unit of work is saved.</summary>
    void Add(TrackedTask task);

    /// <summary>Loads a task for change, or null when no task has that id.</summary>
    Task<TrackedTask?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>A user's tasks that belong to <paramref name="window"/> (see <see cref="TrackedTask.BelongsTo"/>), by start.</summary>
    Task<IReadOnlyList<TrackedTask>> ListForWindowAsync(
        long userId, TimeWindow window, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Holds the user's task lock until the current transaction ends, so that writes which depend on the user's other
    /// tasks (see <see cref="Tasks.RunningTaskPolicy.One"/>) run one after another across all instances.
    /// </summary>
    Task LockTasksOfAsync(long userId, CancellationToken cancellationToken);

    /// <summary>The user's running tasks, loaded for change.</summary>
    Task<IReadOnlyList<TrackedTask>> ListRunningForChangeAsync(long userId, CancellationToken cancellationToken);
}
