using System.ComponentModel;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.GetTask;
using TimeTracking.Application.Tasks.ListTasks;
using TimeTracking.WebApi.Listing;

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
    /// <param name="from">The first day, written yyyy-MM-dd.</param>
    /// <param name="to">The last day, written yyyy-MM-dd: from itself or up to 365 days after it.</param>
    /// <param name="tz">The IANA time zone the days are lived in, such as Europe/Berlin. UTC when absent.</param>
    /// <param name="limit">JSON only: the most tasks in a page, 1 to 500; 100 when absent.</param>
    /// <param name="cursor">JSON only: the next_cursor of the previous page, sent with the same user_id, from, to and tz.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpGet]
    [ProducesResponseType<TaskPage>(StatusCodes.Status200OK, "application/json")]
    [ProducesCsvExport]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    public async Task<IActionResult> List(
        [FromQuery(Name = "user_id"), Description("The user whose tasks to list; with bearer tokens, the caller when absent.")] long? userId,
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
}
