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

    public Task LockTasksOfAsync(long userId, CancellationToken cancellationToken) =>
        db.LockTasksOfAsync(userId, cancellationToken);

    public async Task<IReadOnlyList<TrackedTask>> ListRunningForChangeAsync(long userId, CancellationToken cancellationToken) =>
        await db.Tasks.Where(task => task.UserId == userId && task.EndTime == null).ToListAsync(cancellationToken);
}
