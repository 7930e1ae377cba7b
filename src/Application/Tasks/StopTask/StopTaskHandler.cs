using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Authorization;
using TimeTracking.Application.Exceptions;

namespace TimeTracking.Application.Tasks.StopTask;

public sealed class StopTaskHandler(ITaskRepository tasks, IUnitOfWork unitOfWork, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<StopTaskCommand, TaskReference>
{
    public async ValueTask<TaskReference> Handle(StopTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await tasks.FindAsync(command.Id, cancellationToken);

        // Somebody else's task is answered exactly like a task that does not exist, so ids reveal nothing.
        if (task is null || !caller.MayActFor(task.UserId))
        {
            throw new NotFoundException("Task", command.Id);
        }

        // The entity refuses a second stop; the save refuses a stop that raced another one to the row.
        task.Stop(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new TaskReference(task.Id);
    }
}
