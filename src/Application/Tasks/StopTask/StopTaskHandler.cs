using Mediator;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.Tasks.StopTask;

public sealed class StopTaskHandler(ITaskRepository tasks, IUnitOfWork unitOfWork, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<StopTaskCommand, TaskReference>
{
    public async ValueTask<TaskReference> Handle(StopTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await tasks.FindForCallerAsync(command.Id, caller, cancellationToken);

        // The entity refuses a second stop; the save refuses a stop that raced another one to the row.
        task.Stop(clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new TaskReference(task.Id);
    }
}
