using Mediator;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.Tasks.GetTask;

public sealed class GetTaskHandler(ITaskRepository tasks, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<GetTaskQuery, VersionedTask>
{
    public async ValueTask<VersionedTask> Handle(GetTaskQuery query, CancellationToken cancellationToken)
    {
        var task = await tasks.FindForCallerAsync(query.Id, caller, cancellationToken);
        return task.ToVersioned(clock.GetUtcNow());
    }
}
