using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Exceptions;

namespace TimeTracking.Application.Tasks.CorrectTask;

public sealed class CorrectTaskHandler(ITaskRepository tasks, IUnitOfWork unitOfWork, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<CorrectTaskCommand, VersionedTask>
{
    public async ValueTask<VersionedTask> Handle(CorrectTaskCommand command, CancellationToken cancellationToken)
    {
        var task = await tasks.FindForCallerAsync(command.Id, caller, cancellationToken);
        if (command.ExpectedVersions is { } expected && !expected.Contains(task.Version))
        {
            throw new PreconditionFailedException(
                $"Task {task.Id} has changed since it was read: it is at version {task.Version} now. Read it again.");
        }

        var now = clock.GetUtcNow();
        task.Correct(command.Description, command.StartTime, command.EndTime, now);
        try
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException conflict) when (command.ExpectedVersions is not null)
        {
            // Another change landed between the read above and this write: the precondition no longer holds.
            throw new PreconditionFailedException($"Task {task.Id} changed while it was being corrected. Read it again.", conflict);
        }

        return task.ToVersioned(now);
    }
}
