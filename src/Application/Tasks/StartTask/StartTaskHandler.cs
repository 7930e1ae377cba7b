using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Authorization;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Application.Tasks.StartTask;

public sealed class StartTaskHandler(
    ITaskRepository tasks, IUnitOfWork unitOfWork, ICurrentUser caller, TrackingOptions tracking, TimeProvider clock)
    : ICommandHandler<StartTaskCommand, TaskReference>
{
    public async ValueTask<TaskReference> Handle(StartTaskCommand command, CancellationToken cancellationToken)
    {
        var userId = caller.ActingUserId(command.UserId);
        var now = clock.GetUtcNow();
        await tasks.MakeRoomForAnotherAsync(tracking.RunningTasks, userId, now, cancellationToken);
        var task = TrackedTask.Start(userId, command.Description, now);
        tasks.Add(task);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new TaskReference(task.Id);
    }
}
