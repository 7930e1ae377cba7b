using Riok.Mapperly.Abstractions;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Application.Tasks;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class TaskDetailsMapper
{
    /// <summary>The time spent depends on when it is asked, so the caller's clock decides it.</summary>
    public static TaskDetails ToDetails(this TrackedTask task, DateTimeOffset now) =>
        task.ToDetails(task.IsRunning, task.TimeSpent(now).TotalSeconds);

    public static VersionedTask ToVersioned(this TrackedTask task, DateTimeOffset now) =>
        new(task.ToDetails(now), task.Version);

    private static partial TaskDetails ToDetails(this TrackedTask task, bool running, double timeSpent);
}
