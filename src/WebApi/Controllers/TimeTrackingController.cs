using System.ComponentModel;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using TimeTracking.Application.Idempotency;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.GetDailyTimes;
using TimeTracking.Application.Tasks.StartTask;
using TimeTracking.Application.Tasks.StopTask;
using TimeTracking.WebApi.OpenApi;

namespace TimeTracking.WebApi.Controllers;

/// <summary>The seed's three endpoints, with the seed's paths and bodies.</summary>
[Tags("Time tracking")]
public sealed class TimeTrackingController(ISender mediator) : ApiController
{
    /// <summary>Start a task's timer.</summary>
    /// <remarks>
    /// The task starts at the server's current time. Answers the new task's id. With an Idempotency-Key, a repeat
    /// with the same body starts no second task and gets the first answer.
    /// </remarks>
    [HttpPost("/track")]
    [Consumes("application/json")]
    [ProducesResponseType<TaskReference>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    [RequestExample("""{"user_id": 42, "description": "Write report"}""")]
    [ResponseExample(StatusCodes.Status200OK, """{"id": 1}""")]
    [ResponseHeader(StatusCodes.Status200OK, ReplayedHeader, ReplayedDescription, "true")]
    [ValidationExample("description", "description is required and must not be blank.")]
    [ProblemExample(ProblemExamples.KeyInProgress)]
    public async Task<TaskReference> Track(
        StartTaskCommand command,
        [FromHeader(Name = IdempotencyKeys.HeaderName), Description(IdempotencyKeyDescription), ParameterExample(IdempotencyKeyExample)]
        string? idempotencyKey,
        CancellationToken cancellationToken) =>
        await SendAsync(mediator, command with { IdempotencyKey = KeyFromHeader(idempotencyKey) }, cancellationToken);

    /// <summary>Stop a running task's timer.</summary>
    /// <remarks>
    /// The task stops at the server's current time. A task stops once: a second stop is refused with 409, unless it
    /// repeats the first with the same Idempotency-Key, which answers as the first did.
    /// </remarks>
    [HttpPost("/stop")]
    [Consumes("application/json")]
    [ProducesResponseType<TaskReference>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    [RequestExample("""{"id": 1}""")]
    [ResponseExample(StatusCodes.Status200OK, """{"id": 1}""")]
    [ResponseHeader(StatusCodes.Status200OK, ReplayedHeader, ReplayedDescription, "true")]
    [ValidationExample("id", "id is required and must be a positive integer.")]
    [ProblemExample(ProblemExamples.TaskStateConflict)]
    [ProblemExample(ProblemExamples.KeyInProgress)]
    public async Task<TaskReference> Stop(
        StopTaskCommand command,
        [FromHeader(Name = IdempotencyKeys.HeaderName), Description(IdempotencyKeyDescription), ParameterExample(IdempotencyKeyExample)]
        string? idempotencyKey,
        CancellationToken cancellationToken) =>
        await SendAsync(mediator, command with { IdempotencyKey = KeyFromHeader(idempotencyKey) }, cancellationToken);

    /// <summary>Time spent per task on one day.</summary>
    /// <remarks>
    /// Lists the user's tasks that started on the day or were still going when it began, ordered by start, each with
    /// the seconds spent within the day; a running task counts up to now.
    /// </remarks>
    /// <param name="userId">The user whose tasks to list.</param>
    /// <param name="date" example="2023-07-18">The day, written yyyy-MM-dd.</param>
    /// <param name="tz" example="Europe/Berlin">The IANA time zone the day is lived in, such as Europe/Berlin. UTC when absent.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpGet("/times")]
    [ProducesResponseType<IReadOnlyList<TaskTime>>(StatusCodes.Status200OK)]
    [ResponseExample(StatusCodes.Status200OK, """[{"id": 1, "description": "Write report", "time_spent": 3600.0}]""")]
    [ValidationExample("date", "date is required and must be a real calendar day written yyyy-MM-dd, from 0001-01-02 to 9999-12-30.")]
    public async Task<IReadOnlyList<TaskTime>> Times(
        [FromQuery(Name = "user_id"), Description(ParameterDescriptions.UserId), ParameterExample("42")] long? userId,
        [FromQuery] string? date,
        [FromQuery] string? tz,
        CancellationToken cancellationToken) =>
        await mediator.Send(new GetDailyTimesQuery(userId, date ?? string.Empty, tz), cancellationToken);
}
