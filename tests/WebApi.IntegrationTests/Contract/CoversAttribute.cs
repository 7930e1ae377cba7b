namespace TimeTracking.WebApi.IntegrationTests.Contract;

/// <summary>
/// Says that a test calls <see cref="Operation"/> ("POST /track", as the document spells it) through the generated client
/// and checks its <see cref="Status"/> answer. <see cref="OpenApiDocumentTests"/> fails while a response the document
/// declares has no such test. Where the document shows several named <c>examples</c> for a status (a 409 that is either
/// the task's state or an Idempotency-Key in progress), each needs its own test, naming it as <see cref="Example"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CoversAttribute(string operation, int status, string? example = null) : Attribute
{
    public string Operation { get; } = operation;

    public int Status { get; } = status;

    public string? Example { get; } = example;

    /// <summary>"POST /stop 409", or "POST /stop 409 idempotency_key_in_progress" for a named example.</summary>
    public static string Key(string operation, int status, string? example) =>
        example is null ? $"{operation} {status}" : $"{operation} {status} {example}";
}
