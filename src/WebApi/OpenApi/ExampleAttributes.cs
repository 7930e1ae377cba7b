namespace TimeTracking.WebApi.OpenApi;

/// <summary>
/// The JSON body an action's OpenAPI operation shows as its request example. The contract tests check it against the
/// body's schema, so it stays a request the API accepts.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class RequestExampleAttribute(string json) : Attribute
{
    public string Json { get; } = json;
}

/// <summary>
/// The JSON an action answers with <see cref="StatusCode"/>, shown as that response's example. Problem documents
/// (<c>application/problem+json</c>) have a default per status (<see cref="ProblemExamples"/>), so this is for
/// successful answers, or for a problem that says more than the default.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class ResponseExampleAttribute(int statusCode, string json) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public string Json { get; } = json;

    /// <summary>
    /// The one media type this example is for, when an answer comes in several that differ (<c>text/csv</c> beside
    /// JSON); then <see cref="Json"/> is the body as a JSON string. Unset, it is for every media type no other example
    /// of the status names.
    /// </summary>
    public string? MediaType { get; init; }
}

/// <summary>
/// A parameter's example, as JSON (<c>42</c>, <c>"Europe/Berlin"</c>), for a parameter whose wire name differs from
/// its C# name (<c>[FromQuery(Name = "user_id")]</c>): the XML comments' <c>&lt;param example="…"&gt;</c> cannot reach those.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class ParameterExampleAttribute(string json) : Attribute
{
    public string Json { get; } = json;
}

/// <summary>
/// The 400 an action answers to one mistake, shown as its example: the field as <c>errors</c> keys it and the
/// validator's message for it. The contract tests make that mistake and compare the answer with this example.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ValidationExampleAttribute(string field, string message) : Attribute
{
    public string Field { get; } = field;

    public string Message { get; } = message;
}

/// <summary>
/// One of the problems an action may answer with a status that stands for several (<see cref="ProblemExamples.KeyInProgress"/>,
/// <see cref="ProblemExamples.TaskStateConflict"/> for 409), in place of that status's default example. With more than one
/// for a status, the response shows them all as named <c>examples</c>, and the contract tests check each.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class ProblemExampleAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
