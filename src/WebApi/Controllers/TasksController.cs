using Mediator;
using Microsoft.AspNetCore.Mvc;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.GetTask;
using TimeTracking.WebApi.OpenApi;

namespace TimeTracking.WebApi.Controllers;

/// <summary>Tasks as resources: read, enter, correct and remove time entries, beside the seed's three calls.</summary>
[Route("tasks")]
[Tags("Tasks")]
public sealed class TasksController(ISender mediator) : ApiController
{
    /// <summary>One task.</summary>
    /// <remarks>Its start and end in UTC (no end while it runs) and the seconds it has taken so far.</remarks>
    /// <param name="id" example="1">The task's id, as /track answered it.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpGet("{id:long}")]
    [ProducesResponseType<TaskDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ResponseExample(StatusCodes.Status200OK, """
        {"id": 1, "user_id": 42, "description": "Write report", "start_time": "2023-07-18T09:00:00Z",
         "end_time": "2023-07-18T10:00:00Z", "running": false, "time_spent": 3600.0}
        """)]
    [ValidationExample("id", "id is required and must be a positive integer.")]
    public async Task<TaskDetails> Get(long id, CancellationToken cancellationToken) =>
        await mediator.Send(new GetTaskQuery(id), cancellationToken);
}
