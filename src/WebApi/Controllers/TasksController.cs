using System.ComponentModel;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.DeleteTask;
using TimeTracking.Application.Tasks.GetTask;
using TimeTracking.Application.Tasks.ListRunningTasks;

namespace TimeTracking.WebApi.Controllers;

/// <summary>Tasks as resources: read, enter, correct and remove time entries, beside the seed's three calls.</summary>
[Route("tasks")]
[Tags("Tasks")]
public sealed class TasksController(ISender mediator) : ApiController
{
    /// <summary>One task.</summary>
    /// <remarks>Its start and end in UTC (no end while it runs) and the seconds it has taken so far.</remarks>
    /// <param name="id">The task's id, as /track answered it.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpGet("{id:long}")]
    [ProducesResponseType<TaskDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<TaskDetails> Get(long id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetTaskQuery(id), cancellationToken);

    /// <summary>A user's running tasks.</summary>
    /// <remarks>
    /// The tasks whose timer is still going, ordered by start (then by id), each with the seconds it has taken so far;
    /// an empty list when none is running.
    /// </remarks>
    /// <param name="userId">The user whose tasks to use; see <see cref="ParameterDescriptions.UserId"/>.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpGet("running")]
    [ProducesResponseType<IReadOnlyList<TaskDetails>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<IReadOnlyList<TaskDetails>> Running(
        [FromQuery(Name = "user_id"), Description(ParameterDescriptions.UserId)] long? userId, CancellationToken cancellationToken) =>
        await mediator.Send(new ListRunningTasksQuery(userId), cancellationToken);

    /// <summary>Delete a task.</summary>
    /// <remarks>
    /// Removes the task, running or stopped; 204 with no body. A task that does not exist, or that belongs to another
    /// user, answers 404; of deletes racing on one task exactly one gets 204 and the others 404.
    /// </remarks>
    /// <param name="id">The task's id, as /track answered it.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpDelete("{id:long}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<NoContentResult> Delete(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteTaskCommand(id), cancellationToken);
        return NoContent();
    }
}
