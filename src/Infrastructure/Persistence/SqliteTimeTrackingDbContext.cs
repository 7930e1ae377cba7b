using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;

namespace TimeTracking.Infrastructure.Persistence;

/// <summary>
/// SQLite, the embedded default. SQLite has no instant type and EF cannot compare <see cref="DateTimeOffset"/>
/// there, so instants are stored as fixed-width ISO 8601 UTC text, whose text order is time order.
/// </summary>
public sealed class SqliteTimeTrackingDbContext(DbContextOptions<SqliteTimeTrackingDbContext> options)
    : TimeTrackingDbContext(options)
{
    /// <summary>
    /// SQLite has no range index: the (user_id, start_time) index bounds the scan by the window's end only, which is
    /// plenty for the single-user, local database SQLite is here for.
    /// </summary>
    public override IQueryable<TrackedTask> TasksNear(long userId, TimeWindow window)
    {
        var end = window.End;
        return Tasks.Where(task => task.UserId == userId && task.StartTime < end);
    }

    // SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE, the extended codes of SQLITE_CONSTRAINT (19).
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 };

    /// <summary>
    /// Nothing to take: Microsoft.Data.Sqlite begins transactions IMMEDIATE, so a writing transaction already holds
    /// the whole database until it ends.
    /// </summary>
    public override Task LockTasksOfAsync(long userId, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<TrackedTask>().HasIndex(task => new { task.UserId, task.StartTime });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>();

    // Internal, not private: the compiled model (CompiledModels/Sqlite) constructs it.
    internal sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(
        instant => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        text => DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
    {
        private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    }
}
