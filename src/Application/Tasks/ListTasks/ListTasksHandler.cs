using Mediator;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.Tasks.ListTasks;

public sealed class ListTasksHandler(ITaskRepository tasks, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<ListTasksQuery, TaskPage>
{
    public async ValueTask<TaskPage> Handle(ListTasksQuery query, CancellationToken cancellationToken)
    {
        var range = TaskRange.For(query, caller);
        var limit = query.Limit ?? ListTasksQuery.DefaultLimit;
        TaskPosition? after = query.Cursor is null ? null : ListingCursor.Decode(query.Cursor).Position;
        var now = clock.GetUtcNow();

        // One more than the page holds says whether another page follows, without a count or an empty last page.
        var items = new List<TaskDetails>(limit + 1);
        await foreach (var task in tasks.StreamForWindow(range.UserId, range.Window, now, after, limit + 1)
            .WithCancellation(cancellationToken))
        {
            items.Add(task.ToDetails(now));
        }

        if (items.Count <= limit)
        {
            return new TaskPage(items, NextCursor: null);
        }

        items.RemoveAt(limit);
        var last = items[^1];
        var next = new ListingCursor(new TaskPosition(last.StartTime, last.Id), ListingCursor.FingerprintOf(query));
        return new TaskPage(items, next.Encode());
    }
}
