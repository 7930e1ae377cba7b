using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Application.Tasks.StartTask;

public sealed class StartTaskHandler(ITaskRepository tasks, IUnitOfWork unitOfWork, TimeProvider clock)
    : ICommandHandler<StartTaskCommand, TaskReference>
{
    public async ValueTask<TaskReference> Handle(StartTaskCommand command, CancellationToken cancellationToken)
    {
        var task = TrackedTask.Start(command.UserId, command.Description, clock.GetUtcNow());
        tasks.Add(task);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new TaskReference(task.Id);
    }
}
