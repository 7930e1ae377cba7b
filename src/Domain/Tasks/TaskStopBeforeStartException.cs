using TimeTracking.Domain.Common;

namespace TimeTracking.Domain.Tasks;

public sealed class TaskStopBeforeStartException(long taskId, DateTimeOffset startedAt, DateTimeOffset stopAt)
    : DomainException($"Task {taskId} started at {startedAt:O} and cannot stop earlier, at {stopAt:O}.")
{
    public long TaskId { get; } = taskId;
}
