using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Exceptions;

namespace TimeTracking.Application.Tasks.DeleteTask;

public sealed class DeleteTaskHandler(ITaskRepository tasks, ICurrentUser caller) : ICommandHandler<DeleteTaskCommand>
{
    public async ValueTask<Unit> Handle(DeleteTaskCommand command, CancellationToken cancellationToken)
    {
        // Whose task it is decides whether the caller may delete it; a task's owner never changes, so the answer
        // still holds when the delete runs.
        var task = await tasks.FindForCallerAsync(command.Id, caller, cancellationToken);

        // Of deletes racing on one task, one removes the row; the others find it gone, as if it had never been.
        if (!await tasks.RemoveAsync(task.Id, cancellationToken))
        {
            throw new NotFoundException("Task", command.Id);
        }

        return Unit.Value;
    }
}
