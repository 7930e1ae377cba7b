namespace TimeTracking.WebApi.IntegrationTests.Contract;

/// <summary>
/// Says that a test calls <see cref="Operation"/> ("POST /track", as the document spells it) through the generated client
/// and checks its <see cref="Status"/> answer. <see cref="OpenApiDocumentTests"/> fails while a response the document
/// declares has no such test.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CoversAttribute(string operation, int status) : Attribute
{
    public string Operation { get; } = operation;

    public int Status { get; } = status;
}
