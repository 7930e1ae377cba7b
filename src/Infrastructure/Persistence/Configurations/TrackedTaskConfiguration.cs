using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Infrastructure.Persistence.Configurations;

internal sealed class TrackedTaskConfiguration : IEntityTypeConfiguration<TrackedTask>
{
    public void Configure(EntityTypeBuilder<TrackedTask> builder)
    {
        // The seed's table and column names, so its data and its readers carry over. The index serving the day
        // query differs per provider; see TimeTrackingDbContext.TasksNear.
        builder.ToTable("tasks", table => table.HasCheckConstraint(
            "ck_tasks_end_not_before_start", "end_time IS NULL OR end_time >= start_time"));

        builder.HasKey(task => task.Id);
        builder.Property(task => task.Id).ValueGeneratedOnAdd();
        builder.Property(task => task.Description).HasMaxLength(TrackedTask.MaxDescriptionLength).IsRequired();

        // A stop writes "WHERE id = @id AND end_time IS NULL": of two racing stops, one finds no row to change.
        builder.Property(task => task.EndTime).IsConcurrencyToken();

        // Every change writes "WHERE version = @read": a correction made on a stale read finds no row to change.
        builder.Property(task => task.Version).IsConcurrencyToken().HasDefaultValue(1);

        builder.Ignore(task => task.IsRunning);
    }
}
