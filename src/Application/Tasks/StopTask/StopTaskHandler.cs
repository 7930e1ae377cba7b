using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Authorization;
using TimeTracking.Application.Exceptions;

namespace TimeTracking.Application.Tasks.StopTask;

public sealed class StopTaskHandler(ITaskRepository tasks, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<StopTaskCommand, TaskReference>
{
    public async ValueTask<TaskReference> Handle(StopTaskCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await tasks.TryStopAsync(command.Id, caller.OnlyUser(), now, cancellationToken))
        {
            return new TaskReference(command.Id);
        }

        // Nothing was stopped: the task is missing or not the caller's (404), or one the entity refuses to stop, and
        // the entity says why (409). Of two racing stops, the loser lands here and finds the winner's end.
        var task = await tasks.FindForCallerAsync(command.Id, caller, cancellationToken);
        task.Stop(now);
        throw new ConcurrencyConflictException("The task changed while it was being stopped; it was not stopped.");
    }
}
