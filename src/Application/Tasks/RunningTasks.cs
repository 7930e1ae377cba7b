using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.Tasks;

internal static class RunningTasks
{
    /// <summary>
    /// Under <see cref="RunningTaskPolicy.One"/>, stops the user's running tasks at <paramref name="now"/> before a
    /// new one starts. The user's tasks stay locked until the transaction ends, so of two starts racing for one user
    /// the second sees the first's task and stops it: one task is left running, whatever the timing.
    /// </summary>
    public static async Task MakeRoomForAnotherAsync(
        this ITaskRepository tasks, RunningTaskPolicy policy, long userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (policy == RunningTaskPolicy.Many)
        {
            return;
        }

        await tasks.LockTasksOfAsync(userId, cancellationToken);
        foreach (var running in await tasks.ListRunningAsync(userId, now, cancellationToken))
        {
            running.Stop(now);
        }
    }
}
