using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TimeTracking.Application.Idempotency;
using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;

namespace TimeTracking.Infrastructure.Persistence;

/// <summary>
/// The model both databases share. Each provider has a derived context so that each keeps its own migrations.
/// </summary>
public abstract class TimeTrackingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<TrackedTask> Tasks => Set<TrackedTask>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    /// <summary>
    /// A user's tasks whose span may meet <paramref name="window"/>: a superset that callers narrow with the exact
    /// rule (<see cref="TrackedTask.BelongsTo"/>). Each provider answers with the query its indexes serve best.
    /// </summary>
    public abstract IQueryable<TrackedTask> TasksNear(long userId, TimeWindow window);

    /// <summary>Holds a lock on the user's tasks until the current transaction ends; each provider has its own way.</summary>
    public abstract Task LockTasksOfAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Whether the database refused a write because it would duplicate a unique key; each provider says it its way.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TimeTrackingDbContext).Assembly);
}
