using Microsoft.EntityFrameworkCore;
using TimeTracking.Application.Abstractions;
using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;

namespace TimeTracking.Infrastructure.Persistence.Repositories;

internal sealed class TaskRepository(TimeTrackingDbContext db) : ITaskRepository
{
    public void Add(TrackedTask task) => db.Tasks.Add(task);

    public Task<TrackedTask?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.Tasks.FirstOrDefaultAsync(task => task.Id == id, cancellationToken);

    public async Task<IReadOnlyList<TrackedTask>> ListForWindowAsync(
        long userId, TimeWindow window, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.TasksNear(userId, window)
            .AsNoTracking()
            .Where(TrackedTask.BelongsTo(window, now))
            .OrderBy(task => task.StartTime)
            .ThenBy(task => task.Id)
            .ToListAsync(cancellationToken);

    public IAsyncEnumerable<TrackedTask> StreamForWindow(
        long userId, TimeWindow window, DateTimeOffset now, TaskPosition? after = null, int? limit = null)
    {
        var inWindow = db.TasksNear(userId, window).AsNoTracking().Where(TrackedTask.BelongsTo(window, now));
        if (after is { StartTime: var startTime, Id: var id })
        {
            // The keyset (start_time, id) > (cursor): rows inserted before it meanwhile cannot shift the page.
            inWindow = inWindow.Where(task => task.StartTime > startTime || (task.StartTime == startTime && task.Id > id));
        }

        var ordered = inWindow.OrderBy(task => task.StartTime).ThenBy(task => task.Id);
        return (limit is { } count ? ordered.Take(count) : ordered).AsAsyncEnumerable();
    }
}
