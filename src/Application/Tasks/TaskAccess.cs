using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Authorization;
using TimeTracking.Application.Exceptions;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Application.Tasks;

internal static class TaskAccess
{
    /// <summary>
    /// Loads a task the caller may act on, for change. Somebody else's task is answered exactly like a task that does
    /// not exist (<see cref="NotFoundException"/>), so task ids reveal nothing about other users.
    /// </summary>
    public static async Task<TrackedTask> FindForCallerAsync(
        this ITaskRepository tasks, long id, ICurrentUser caller, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(id, cancellationToken);
        return task is not null && caller.MayActFor(task.UserId) ? task : throw new NotFoundException("Task", id);
    }
}
