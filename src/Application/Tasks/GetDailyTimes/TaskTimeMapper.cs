using Riok.Mapperly.Abstractions;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Application.Tasks.GetDailyTimes;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
internal static partial class TaskTimeMapper
{
    /// <summary><paramref name="timeSpent"/> depends on the day asked for, so it comes from the caller.</summary>
    public static partial TaskTime ToTaskTime(this TrackedTask task, double timeSpent);
}
