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

    // UPDATE ... SET end_time = @end, version = version + 1 WHERE id = @id [AND user_id = @user] AND end_time IS NULL AND
    // start_time <= @end: a racing stop waits for the row, then finds it stopped and changes nothing.
    public async Task<bool> TryStopAsync(long id, long? onlyUser, DateTimeOffset at, CancellationToken cancellationToken)
    {
        DateTimeOffset? end = TrackedTask.StoppedAt(at);
        var candidates = onlyUser is { } owner
            ? db.Tasks.Where(task => task.Id == id && task.UserId == owner)
            : db.Tasks.Where(task => task.Id == id);
        return await candidates.Where(TrackedTask.StoppableAt(at)).ExecuteUpdateAsync(
            set => set.SetProperty(task => task.EndTime, end).SetProperty(task => task.Version, task => task.Version + 1),
            cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<TrackedTask>> ListForWindowAsync(
        long userId, TimeWindow window, DateTimeOffset now, CancellationToken cancellationToken) =>
        await InWindow(userId, window, now).OrderBy(task => task.StartTime).ThenBy(task => task.Id).ToListAsync(cancellationToken);

    public Task LockTasksOfAsync(long userId, CancellationToken cancellationToken) =>
        db.LockTasksOfAsync(userId, cancellationToken);

    // A running task's span reaches past every instant, so the window from now on finds it through the same index as
    // the day query, however long the user's history; only tasks not over yet are candidates.
    public async Task<IReadOnlyList<TrackedTask>> ListRunningAsync(
        long userId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.TasksNear(userId, new TimeWindow(now, DateTimeOffset.MaxValue))
            .Where(task => task.EndTime == null)
            .OrderBy(task => task.StartTime)
            .ThenBy(task => task.Id)
            .ToListAsync(cancellationToken);

    // DELETE ... WHERE id = @id: a racing delete waits for the row, then finds nothing to delete.
    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken) =>
        await db.Tasks.Where(task => task.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    public IAsyncEnumerable<TrackedTask> StreamForWindow(
        long userId, TimeWindow window, DateTimeOffset now, TaskPosition? after = null, int? limit = null)
    {
        var inWindow = InWindow(userId, window, now);
        if (after is { StartTime: var startTime, Id: var id })
        {
            // The keyset (start_time, id) > (cursor): rows inserted before it meanwhile cannot shift the page.
            inWindow = inWindow.Where(task => task.StartTime > startTime || (task.StartTime == startTime && task.Id > id));
        }

        var ordered = inWindow.OrderBy(task => task.StartTime).ThenBy(task => task.Id);
        return (limit is { } count ? ordered.Take(count) : ordered).AsAsyncEnumerable();
    }

    /// <summary>The user's tasks that belong to the window, read untracked, found through the provider's index.</summary>
    private IQueryable<TrackedTask> InWindow(long userId, TimeWindow window, DateTimeOffset now) =>
        db.TasksNear(userId, window).AsNoTracking().Where(TrackedTask.BelongsTo(window, now));
}
