using Mediator;
using Microsoft.AspNetCore.Mvc;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.WebApi.Controllers;

/// <summary>
/// What every endpoint of the API may answer besides its own results, declared once for the OpenAPI document, and
/// the HTTP side of idempotent commands.
/// </summary>
[ApiController]
[ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json")]
public abstract class ApiController : ControllerBase
{
    /// <summary>Marks an answer that repeats the stored answer of an earlier request with the same Idempotency-Key.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The Idempotent-Replayed response header's description in the OpenAPI document.</summary>
    protected const string ReplayedDescription =
        "Sent as true when this answer repeats the stored answer to an earlier request with the same Idempotency-Key.";

    /// <summary>An Idempotency-Key as the OpenAPI document shows it: a UUID, the draft's recommendation.</summary>
    protected const string IdempotencyKeyExample = "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"";

    // The header's description in the OpenAPI document. (XML <param> tags on these actions ended up on the wrong
    // parameters of the generated document, so the header is described by its attribute.)
    protected const string IdempotencyKeyDescription =
        "Optional: a key unique to this request, such as a UUID, kept for 24 hours. A repeat with the same key and body " +
        "is answered with the first answer, marked Idempotent-Replayed: true, and changes nothing; the same key with " +
        "another body is 422; while the first is still being processed, 409. Only successful answers are kept: a " +
        "request that failed may be retried with its key. 1 to 255 visible ASCII characters.";

    /// <summary>Sends a command, telling the client when the answer replays one stored under its Idempotency-Key.</summary>
    protected async Task<TResponse> SendAsync<TResponse>(ISender mediator, ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediator);
        var response = await mediator.Send(command, cancellationToken);
        if (HttpContext.RequestServices.GetRequiredService<IdempotencyOutcome>().IsReplay)
        {
            Response.Headers[ReplayedHeader] = "true";
        }

        return response;
    }

    /// <summary>
    /// The key as the client sent it. Model binding turns an empty header into null, which would quietly drop the
    /// guarantee the client asked for, so the raw header decides: an empty one stays empty (and is refused), one sent
    /// twice is joined the way HTTP joins field lines (and refused for its space). The IETF draft writes the key as a
    /// structured-field string, <c>"…"</c>: those quotes are not part of the key.
    /// </summary>
    protected string? KeyFromHeader(string? bound)
    {
        if (!Request.Headers.TryGetValue(IdempotencyKeys.HeaderName, out var values))
        {
            return bound;
        }

        var key = string.Join(", ", values.ToArray());
        return key is ['"', .. var quoted, '"'] && !quoted.Contains('"', StringComparison.Ordinal) ? quoted : key;
    }
}
