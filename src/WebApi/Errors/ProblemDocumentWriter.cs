using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TimeTracking.WebApi.Errors;

/// <summary>
/// Writes every problem document the pipeline produces (exceptions, bodiless 404/405) with RFC 9457's member
/// names and a <c>traceId</c>. The built-in writer would pass extension names through the API's snake_case policy,
/// which is meant for our resources, not for the standard's vocabulary.
/// </summary>
internal sealed class ProblemDocumentWriter : IProblemDetailsWriter
{
    private const string ContentType = "application/problem+json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var httpContext = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= httpContext.Response.StatusCode;

        // TypedResults.Problem fills in the RFC 9110 type link and the reason phrase when they are missing.
        problem = TypedResults.Problem(problem).ProblemDetails;
        problem.Type ??= "about:blank"; // RFC 9457's value for "no more than the status code says".
        problem.Extensions["traceId"] = Activity.Current?.Id ?? httpContext.TraceIdentifier;

        return new ValueTask(httpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), Json, ContentType));
    }
}
