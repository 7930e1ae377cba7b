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

        // With one running task per user, the new task and the stops it causes are one change; otherwise it is one INSERT.
        return tracking.RunningTasks == RunningTaskPolicy.One
            ? await unitOfWork.ExecuteInTransactionAsync(
                attemptCancellation => StartAsync(userId, command.Description, attemptCancellation), cancellationToken)
            : await StartAsync(userId, command.Description, cancellationToken);
    }

    private async ValueTask<TaskReference> StartAsync(long userId, string description, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await tasks.MakeRoomForAnotherAsync(tracking.RunningTasks, userId, now, cancellationToken);
        var task = TrackedTask.Start(userId, description, now);
        tasks.Add(task);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new TaskReference(task.Id);
    }
}
