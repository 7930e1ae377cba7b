using System.ComponentModel;
using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TimeTracking.Application.Idempotency;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.DeleteTask;
using TimeTracking.Application.Tasks.GetTask;
using TimeTracking.Application.Tasks.ListRunningTasks;
using TimeTracking.Application.Tasks.ListTasks;
using TimeTracking.Application.Tasks.RecordTask;
using TimeTracking.WebApi.Listing;
using TimeTracking.WebApi.OpenApi;

namespace TimeTracking.WebApi.Controllers;

/// <summary>Tasks as resources: read, enter, correct and remove time entries, beside the seed's three calls.</summary>
[Route("tasks")]
[Tags("Tasks")]
public sealed class TasksController(ISender mediator) : ApiController
{
    private const string EntityTagDescription =
        "The version of the task answered, strong: send it back in If-Match to correct the task only if nobody changed it since.";

    private const string EntityTagExample = "\"1\"";

    private const string IfMatchDescription =
        "Optional: ETags of the versions this correction is meant for, as read from GET, POST or PATCH; any other " +
        "version answers 412 and changes nothing. * (or no header) corrects whatever version is stored. Weak tags never match.";

    /// <summary>One task.</summary>
    /// <remarks>
    /// Its start and end in UTC (no end while it runs) and the seconds it has taken so far. The ETag names the version
    /// read; send it back in If-Match to correct the task only if nobody changed it since.
    /// </remarks>
    /// <param name="id" example="1">The task's id, as /track answered it.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpGet("{id:long}")]
    [ProducesResponseType<TaskDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ResponseExample(StatusCodes.Status200OK, """
        {"id": 1, "user_id": 42, "description": "Write report", "start_time": "2023-07-18T09:00:00Z",
         "end_time": "2023-07-18T10:00:00Z", "running": false, "time_spent": 3600.0}
        """)]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", EntityTagDescription, EntityTagExample)]
    [ValidationExample("id", "id is required and must be a positive integer.")]
    public async Task<TaskDetails> Get(long id, CancellationToken cancellationToken) =>
        WithEntityTag(await mediator.Send(new GetTaskQuery(id), cancellationToken));

    /// <summary>The tasks of a range of days, a page at a time, or all of them as CSV.</summary>
    /// <remarks>
    /// Lists the user's tasks that overlap the days from <c>from</c> to <c>to</c> (both included, at most 366) as lived
    /// in <c>tz</c>: a task appears when it started within the range or was still going when the range began, the
    /// same rule as <c>/times</c>, so a task spanning several days appears once. Ordered by start time, then id.
    ///
    /// JSON (the default) answers one page of at most <c>limit</c> tasks and <c>next_cursor</c>, null on the last
    /// page; when there is a next page, a <c>Link: &lt;url&gt;; rel="next"</c> header holds its full URL. Pages are
    /// keyset-paginated: the next page starts after the last task of this one, so tasks added or removed meanwhile
    /// never make a page repeat or skip one that was already there.
    ///
    /// With <c>Accept: text/csv</c> (as the most preferred type) the answer is the whole range as RFC 4180 CSV,
    /// streamed as it is read: <c>limit</c> and <c>cursor</c> do not apply and are ignored. Header row
    /// <c>id,user_id,description,start_time,end_time,running,time_spent</c>; instants in ISO 8601 with the zone's
    /// offset, e.g. 2023-07-18T11:00:00+02:00; <c>end_time</c> empty while running; <c>time_spent</c> in seconds. A
    /// description starting with = + - @ ' TAB or CR gets a leading apostrophe so spreadsheets do not run it as a formula.
    /// </remarks>
    /// <param name="userId">The user whose tasks to list; with bearer tokens, the caller when absent.</param>
    /// <param name="from" example="2023-07-17">The first day, written yyyy-MM-dd.</param>
    /// <param name="to" example="2023-07-18">The last day, written yyyy-MM-dd: from itself or up to 365 days after it.</param>
    /// <param name="tz" example="Europe/Berlin">The IANA time zone the days are lived in, such as Europe/Berlin. UTC when absent.</param>
    /// <param name="limit" example="100">JSON only: the most tasks in a page, 1 to 500; 100 when absent.</param>
    /// <param name="cursor" example="AcBfMW4fhtsIAQAAAAAAAACrB2xbQ8Tz9g">JSON only: the next_cursor of the previous page, sent with the same user_id, from, to and tz.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<TaskPage>(StatusCodes.Status200OK, "application/json")]
    [ProducesCsvExport]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ResponseExample(StatusCodes.Status200OK, """
        {"items": [{"id": 1, "user_id": 42, "description": "Write report", "start_time": "2023-07-18T07:00:00Z",
                    "end_time": "2023-07-18T08:30:00Z", "running": false, "time_spent": 5400.0}],
         "next_cursor": null}
        """, MediaType = "application/json")]
    [ResponseExample(StatusCodes.Status200OK, """
        "id,user_id,description,start_time,end_time,running,time_spent\r\n1,42,Write report,2023-07-18T09:00:00+02:00,2023-07-18T10:30:00+02:00,false,5400\r\n"
        """, MediaType = "text/csv")]
    [ResponseHeader(
        StatusCodes.Status200OK,
        "Link",
        "JSON only, when a next page exists: <full URL of the next page>; rel=\"next\" (RFC 8288).",
        "<https://timetracking.example/tasks?user_id=42&from=2023-07-17&to=2023-07-18&cursor=AcBfMW4fhtsIAQAAAAAAAACrB2xbQ8Tz9g>; rel=\"next\"")]
    [ResponseHeader(
        StatusCodes.Status200OK,
        "Content-Disposition",
        "CSV only: attachment; filename=tasks_<from>_<to>.csv",
        "attachment; filename=tasks_2023-07-17_2023-07-18.csv")]
    [ValidationExample("to", "to must be the same day as from or a later one.")]
    public async Task<IActionResult> List(
        [FromQuery(Name = "user_id"), Description(ParameterDescriptions.UserId), ParameterExample("42")] long? userId,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? tz,
        [FromQuery] int? limit,
        [FromQuery] string? cursor,
        CancellationToken cancellationToken)
    {
        if (ListingNegotiation.PrefersCsv(Request))
        {
            var export = await mediator.Send(new ExportTasksQuery(userId, from ?? string.Empty, to ?? string.Empty, tz), cancellationToken);
            return new TaskCsvResult(export, ListingNegotiation.CsvFileName(from!, to!));
        }

        var page = await mediator.Send(
            new ListTasksQuery(userId, from ?? string.Empty, to ?? string.Empty, tz, limit, cursor), cancellationToken);
        if (page.NextCursor is { } next)
        {
            Response.Headers.Link = ListingNegotiation.NextPageLink(Request, next);
        }

        return Ok(page);
    }

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
    [ResponseExample(StatusCodes.Status200OK, """
        [{"id": 2, "user_id": 42, "description": "Review pull request", "start_time": "2023-07-18T09:00:00Z",
          "end_time": null, "running": true, "time_spent": 1800.0}]
        """)]
    [ValidationExample("user_id", "user_id is required and must be a positive integer.")]
    public async Task<IReadOnlyList<TaskDetails>> Running(
        [FromQuery(Name = "user_id"), Description(ParameterDescriptions.UserId), ParameterExample("42")] long? userId,
        CancellationToken cancellationToken) =>
        await mediator.Send(new ListRunningTasksQuery(userId), cancellationToken);

    /// <summary>Delete a task.</summary>
    /// <remarks>
    /// Removes the task, running or stopped; 204 with no body. A task that does not exist, or that belongs to another
    /// user, answers 404; of deletes racing on one task exactly one gets 204 and the others 404.
    /// </remarks>
    /// <param name="id" example="1">The task's id, as /track answered it.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpDelete("{id:long}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ValidationExample("id", "id is required and must be a positive integer.")]
    public async Task<NoContentResult> Delete(long id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteTaskCommand(id), cancellationToken);
        return NoContent();
    }

    /// <summary>Enter a task after the fact.</summary>
    /// <remarks>
    /// A past task (with end_time) or one still running (without). Times must carry their offset; neither may lie in
    /// the future (beyond a minute of clock drift), nor the end before the start. Answers 201 with the task, its
    /// Location and ETag. With an Idempotency-Key, a repeat with the same body enters no second task.
    /// </remarks>
    [HttpPost]
    [Consumes("application/json")]
    [ProducesResponseType<TaskDetails>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    [RequestExample("""
        {"user_id": 42, "description": "Write report", "start_time": "2023-07-18T11:00:00+02:00",
         "end_time": "2023-07-18T12:00:00+02:00"}
        """)]
    [ResponseExample(StatusCodes.Status201Created, """
        {"id": 1, "user_id": 42, "description": "Write report", "start_time": "2023-07-18T09:00:00Z",
         "end_time": "2023-07-18T10:00:00Z", "running": false, "time_spent": 3600.0}
        """)]
    [ResponseHeader(StatusCodes.Status201Created, "Location", "The task's address, for GET, PATCH and DELETE.", "https://timetracking.example/tasks/1")]
    [ResponseHeader(StatusCodes.Status201Created, "ETag", EntityTagDescription, EntityTagExample)]
    [ResponseHeader(StatusCodes.Status201Created, ReplayedHeader, ReplayedDescription, "true")]
    [ValidationExample("start_time", "start_time is required.")]
    [ProblemExample(ProblemExamples.KeyInProgress)]
    public async Task<CreatedAtActionResult> Record(
        RecordTaskCommand command,
        [FromHeader(Name = IdempotencyKeys.HeaderName), Description(IdempotencyKeyDescription), ParameterExample(IdempotencyKeyExample)]
        string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        var recorded = await SendAsync(mediator, command with { IdempotencyKey = KeyFromHeader(idempotencyKey) }, cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = recorded.Task.Id }, WithEntityTag(recorded));
    }

    /// <summary>Correct a task.</summary>
    /// <remarks>
    /// A JSON merge patch (RFC 7396) of description, start_time and end_time: members sent replace the stored
    /// values, members left out stay; none may be null. The same rules as entering a task hold for the result. With
    /// If-Match (an ETag from a read), the correction is made only if the task is still at that version, else 412.
    /// </remarks>
    /// <param name="id" example="1">The task's id.</param>
    /// <param name="patch">The members to change.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpPatch("{id:long}")]
    [Consumes("application/merge-patch+json")]
    [ProducesResponseType<TaskDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [RequestHeader("If-Match", IfMatchDescription, EntityTagExample)]
    [RequestExample("""{"description": "Write the report", "end_time": "2023-07-18T12:00:00+02:00"}""")]
    [ResponseExample(StatusCodes.Status200OK, """
        {"id": 1, "user_id": 42, "description": "Write the report", "start_time": "2023-07-18T09:00:00Z",
         "end_time": "2023-07-18T10:00:00Z", "running": false, "time_spent": 3600.0}
        """)]
    [ResponseHeader(StatusCodes.Status200OK, "ETag", EntityTagDescription, "\"2\"")]
    [ValidationExample("description", "description is required and must not be blank.")]
    public async Task<TaskDetails> Correct(long id, TaskMergePatch patch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patch);
        return WithEntityTag(await mediator.Send(patch.ToCommand(id, ExpectedVersions()), cancellationToken));
    }

    private TaskDetails WithEntityTag(VersionedTask versioned)
    {
        Response.Headers.ETag = new EntityTagHeaderValue($"\"{versioned.Version.ToString(CultureInfo.InvariantCulture)}\"").ToString();
        return versioned.Task;
    }

    /// <summary>
    /// The versions If-Match accepts: none when the header is absent or "*" (any version will do). Weak tags never
    /// match (RFC 9110 compares strongly), and a header that does not parse matches nothing.
    /// </summary>
    private int[]? ExpectedVersions()
    {
        if (!Request.Headers.ContainsKey(HeaderNames.IfMatch))
        {
            return null;
        }

        var tags = Request.GetTypedHeaders().IfMatch;
        if (tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any)))
        {
            return null;
        }

        return [.. tags
            .Where(tag => !tag.IsWeak)
            .Select(tag => int.TryParse(tag.Tag.Value?.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1)
            .Where(version => version > 0)];
    }
}
