using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TimeTracking.WebApi.Errors;

namespace TimeTracking.WebApi.OpenApi;

/// <summary>
/// Gives every problem response that has no example of its own (<see cref="ResponseExampleAttribute"/>) the document
/// the API answers with for that status: the <c>type</c> and <c>title</c> that <c>ProblemExceptionHandler</c>, the
/// status-code pages and the rate limiter write, which the contract tests compare with real answers. Runs after every
/// transformer that adds responses, so those get examples too.
/// </summary>
internal sealed class ProblemExamples : IOpenApiDocumentTransformer
{
    /// <summary>A 409 for the task's state: stopping a stopped task, or a change that lost a race.</summary>
    public const string TaskStateConflict = "task_state";

    /// <summary>A 409 for an Idempotency-Key whose first request is still being processed.</summary>
    public const string KeyInProgress = "idempotency_key_in_progress";

    private const string ProblemJson = "application/problem+json";
    private const string Rfc9110 = "https://tools.ietf.org/html/rfc9110#section-";

    private static readonly (string Type, string Title, string Detail) StateConflict =
        (Rfc9110 + "15.5.10", "Conflict with the task's current state", "Task 1 is already stopped.");

    /// <summary>The problems a status stands for when it stands for more than one; see <see cref="ProblemExampleAttribute"/>.</summary>
    private static readonly Dictionary<string, (int Status, (string Type, string Title, string Detail) Problem)> Named = new()
    {
        [TaskStateConflict] = (StatusCodes.Status409Conflict, StateConflict),
        [KeyInProgress] = (StatusCodes.Status409Conflict, (Rfc9110 + "15.5.10", "A request with this Idempotency-Key is in progress",
            "A request with this Idempotency-Key is still being processed; retry it with the same key once it has finished.")),
    };

    private static readonly Dictionary<string, (string Type, string Title, string Detail)> ByStatus = new()
    {
        ["401"] = (Rfc9110 + "15.5.2", "Unauthorized", "No valid bearer token was sent."),
        ["403"] = (Rfc9110 + "15.5.4", "Forbidden", "You may only act for user 42."),
        ["404"] = (Rfc9110 + "15.5.5", "Not found", "Task 999 was not found."),
        ["409"] = StateConflict,
        ["412"] = (Rfc9110 + "15.5.13", "The task has changed",
            "Task 1 has changed since it was read: it is at version 2 now. Read it again."),
        ["413"] = (Rfc9110 + "15.5.14", "Bad request", "Request body too large. The max request body size is 65536 bytes."),
        ["429"] = ("https://www.rfc-editor.org/rfc/rfc6585#section-4", "Too many requests",
            "This client has used its request budget; try again in 1 seconds."),
        // ASP.NET Core's type for 422 is still WebDAV's, where the status was first defined.
        ["422"] = ("https://tools.ietf.org/html/rfc4918#section-11.2", "Idempotency-Key reused for a different request",
            "This Idempotency-Key was already used for a different request; use a new key for a new request."),
        ["503"] = (Rfc9110 + "15.6.4", "The database is unavailable", "Nothing was changed. Try again in 5 seconds."),
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var responses = (document.Paths ?? [])
            .SelectMany(path => path.Value.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Responses ?? []);
        foreach (var (status, response) in responses)
        {
            if (response.Content?.TryGetValue(ProblemJson, out var problem) == true && problem.Example is null
                && problem.Examples is not { Count: > 0 } && ByStatus.TryGetValue(status, out var known))
            {
                problem.Example = Example(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), known);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The problem <paramref name="name"/> (<see cref="KeyInProgress"/>, …) and the status it is answered with.</summary>
    public static (int Status, JsonObject Example) Of(string name) =>
        Named.TryGetValue(name, out var known)
            ? (known.Status, Example(known.Status, known.Problem))
            : throw new ArgumentException($"{nameof(ProblemExamples)} knows no problem named {name}.", nameof(name));

    /// <summary>The 400 that <c>ProblemExceptionHandler</c> and <c>RequestProblems</c> answer to one mistake in <paramref name="field"/>.</summary>
    public static JsonObject Validation(string field, string message)
    {
        var problem = Example(
            StatusCodes.Status400BadRequest, (Rfc9110 + "15.5.1", RequestProblems.ValidationTitle, RequestProblems.ValidationDetail));
        problem.Insert(problem.IndexOf("traceId"), "errors", new JsonObject { [field] = new JsonArray(message) });
        return problem;
    }

    private static JsonObject Example(int status, (string Type, string Title, string Detail) problem) => new()
    {
        ["type"] = problem.Type,
        ["title"] = problem.Title,
        ["status"] = status,
        ["detail"] = problem.Detail,
        ["traceId"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    };
}
