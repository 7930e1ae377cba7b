using System.Runtime.CompilerServices;
using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Application.Tasks.ListTasks;

/// <summary>
/// Decides everything that can fail (who, which range) before it returns, so a refusal is still a clean error
/// rather than a broken stream; the rows are read only as the caller enumerates them.
/// </summary>
public sealed class ExportTasksHandler(ITaskRepository tasks, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<ExportTasksQuery, TaskExport>
{
    public ValueTask<TaskExport> Handle(ExportTasksQuery query, CancellationToken cancellationToken)
    {
        var range = TaskRange.For(query, caller);
        var now = clock.GetUtcNow();
        var rows = ToDetails(tasks.StreamForWindow(range.UserId, range.Window, now), now, cancellationToken);
        return ValueTask.FromResult(new TaskExport(range.Zone, rows));
    }

    private static async IAsyncEnumerable<TaskDetails> ToDetails(
        IAsyncEnumerable<TrackedTask> tasks, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var task in tasks.WithCancellation(cancellationToken))
        {
            yield return task.ToDetails(now);
        }
    }
}
