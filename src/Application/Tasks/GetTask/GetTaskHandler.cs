using Mediator;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.Tasks.GetTask;

public sealed class GetTaskHandler(ITaskRepository tasks, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<GetTaskQuery, TaskDetails>
{
    public async ValueTask<TaskDetails> Handle(GetTaskQuery query, CancellationToken cancellationToken)
    {
        var task = await tasks.FindForCallerAsync(query.Id, caller, cancellationToken);
        return task.ToDetails(clock.GetUtcNow());
    }
}
