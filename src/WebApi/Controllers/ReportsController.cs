using System.ComponentModel;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using TimeTracking.Application.Reports.GetDailyReport;
using TimeTracking.WebApi.OpenApi;

namespace TimeTracking.WebApi.Controllers;

/// <summary>Time added up over ranges of days, computed from the same rules as the seed's <c>/times</c>.</summary>
[Route("reports")]
[Tags("Reports")]
public sealed class ReportsController(ISender mediator) : ApiController
{
    /// <summary>Time spent per day over a range of days.</summary>
    /// <remarks>
    /// One row per calendar day from <c>from</c> to <c>to</c>, both included, in date order; days without work are
    /// listed with zeros. Each task is split at the local midnights of <c>tz</c> exactly as /times clamps it, so a
    /// day's <c>total_seconds</c> is the sum of /times's <c>time_spent</c> for that day and <c>task_count</c> the number
    /// of tasks /times lists for it. A running task counts up to now. At most 366 days.
    /// </remarks>
    /// <param name="userId">The user whose tasks to use; see <see cref="ParameterDescriptions.UserId"/>.</param>
    /// <param name="from" example="2023-07-17">The first day, written yyyy-MM-dd.</param>
    /// <param name="to" example="2023-07-18">The last day, written yyyy-MM-dd: not before from, and at most 365 days after it.</param>
    /// <param name="tz" example="Europe/Berlin">The IANA time zone the days are lived in, such as Europe/Berlin. UTC when absent.</param>
    /// <param name="cancellationToken">Aborted when the client goes away.</param>
    [HttpGet("daily")]
    [ProducesResponseType<IReadOnlyList<DayTotal>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ResponseExample(StatusCodes.Status200OK, """
        [{"date": "2023-07-17", "total_seconds": 0.0, "task_count": 0},
         {"date": "2023-07-18", "total_seconds": 3600.0, "task_count": 1}]
        """)]
    [ValidationExample("to", "to must be the same day as from or a later one.")]
    public async Task<IReadOnlyList<DayTotal>> Daily(
        [FromQuery(Name = "user_id"), Description(ParameterDescriptions.UserId), ParameterExample("42")] long? userId,
        [FromQuery] string? from,
        [FromQuery] string? to,
        [FromQuery] string? tz,
        CancellationToken cancellationToken) =>
        await mediator.Send(
            new GetDailyReportQuery(userId, from ?? string.Empty, to ?? string.Empty, tz), cancellationToken);
}
