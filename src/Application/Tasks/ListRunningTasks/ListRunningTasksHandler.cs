using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Authorization;

namespace TimeTracking.Application.Tasks.ListRunningTasks;

public sealed class ListRunningTasksHandler(ITaskRepository tasks, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<ListRunningTasksQuery, IReadOnlyList<TaskDetails>>
{
    public async ValueTask<IReadOnlyList<TaskDetails>> Handle(ListRunningTasksQuery query, CancellationToken cancellationToken)
    {
        var userId = caller.ActingUserId(query.UserId);
        var now = clock.GetUtcNow();

        var running = await tasks.ListRunningAsync(userId, now, cancellationToken);
        return [.. running.Select(task => task.ToDetails(now))];
    }
}
