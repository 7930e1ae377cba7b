using Microsoft.EntityFrameworkCore;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Infrastructure.Persistence;

/// <summary>
/// The model both databases share. Each provider has a derived context so that each keeps its own migrations.
/// </summary>
public abstract class TimeTrackingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<TrackedTask> Tasks => Set<TrackedTask>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TimeTrackingDbContext).Assembly);
}
