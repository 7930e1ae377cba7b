using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;

namespace TimeTracking.Infrastructure.Persistence;

/// <summary>PostgreSQL: instants are <c>timestamptz</c>, which Npgsql maps to UTC <see cref="DateTimeOffset"/>.</summary>
public sealed class PostgresTimeTrackingDbContext(DbContextOptions<PostgresTimeTrackingDbContext> options)
    : TimeTrackingDbContext(options)
{
    /// <summary>
    /// Matches the GiST index <c>ix_tasks_user_id_span</c> expression for expression, so the planner walks only the
    /// tasks whose span overlaps the window, however long the user's history. The span is closed, so a task that
    /// lasted no time still meets the window it happened in; a running task's span has no end.
    /// </summary>
    public override IQueryable<TrackedTask> TasksNear(long userId, TimeWindow window) =>
        Tasks.FromSql($"""
            SELECT * FROM tasks
            WHERE user_id = {userId}
              AND tstzrange(start_time, coalesce(end_time, 'infinity'), '[]') && tstzrange({window.Start}, {window.End}, '[)')
            """);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>
    /// A transaction-scoped advisory lock keyed by the user id: released by the commit or rollback, held across every
    /// instance that shares the database, and touching no row.
    /// </summary>
    public override Task LockTasksOfAsync(long userId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({userId})", cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Lets one GiST index hold both the user id (b-tree semantics) and the task's time span.
        modelBuilder.HasPostgresExtension("btree_gist");
    }
}
