using TimeTracking.Domain.Common;

namespace TimeTracking.Domain.Tasks;

public sealed class TaskAlreadyStoppedException(long taskId, DateTimeOffset stoppedAt)
    : DomainException($"Task {taskId} was already stopped at {stoppedAt:O}.")
{
    public long TaskId { get; } = taskId;
}
