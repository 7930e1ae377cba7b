using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Authorization;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Application.Tasks.RecordTask;

public sealed class RecordTaskHandler(
    ITaskRepository tasks, IUnitOfWork unitOfWork, ICurrentUser caller, TrackingOptions tracking, TimeProvider clock)
    : ICommandHandler<RecordTaskCommand, VersionedTask>
{
    public async ValueTask<VersionedTask> Handle(RecordTaskCommand command, CancellationToken cancellationToken)
    {
        var userId = caller.ActingUserId(command.UserId);
        var now = clock.GetUtcNow();
        var task = TrackedTask.Record(userId, command.Description, command.StartTime!.Value, command.EndTime, now);
        if (task.IsRunning)
        {
            await tasks.MakeRoomForAnotherAsync(tracking.RunningTasks, userId, now, cancellationToken);
        }

        tasks.Add(task);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return task.ToVersioned(now);
    }
}
