using Mediator;
using Microsoft.AspNetCore.Mvc;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.GetTask;

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
}
