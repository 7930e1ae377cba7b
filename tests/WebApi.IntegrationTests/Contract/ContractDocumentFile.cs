using System.Text.Json;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

/// <summary>
/// The committed OpenAPI document, docs/openapi.json: the contract the client is generated from and the app is held to.
/// </summary>
public static class ContractDocumentFile
{
    /// <summary>Set to 1 to rewrite docs/openapi.json from the running app instead of failing on a difference.</summary>
    public const string UpdateVariable = "TIMETRACKING_UPDATE_OPENAPI";

    public const string RelativePath = "docs/openapi.json";

    public static readonly string RefreshCommand =
        $"{UpdateVariable}=1 TIMETRACKING_SKIP_FAULTS=1 ./test.sh --filter \"FullyQualifiedName~{nameof(Contract)}.{nameof(OpenApiDocumentTests)}\"";

    public static string FullPath => Path.Combine(DotnetProcess.RepositoryRoot(), RelativePath);

    public static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FullPath));
        return document.RootElement.Clone();
    }

    /// <summary>Every operation of the document as "METHOD /path", such as "POST /track".</summary>
    public static IEnumerable<(string Key, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Select(operation => ($"{operation.Name.ToUpperInvariant()} {path.Name}", operation.Value)));

    /// <summary>
    /// The example the document shows for <paramref name="operation"/> answering <paramref name="status"/>, or, where
    /// that status stands for several problems, the one named <paramref name="example"/>.
    /// </summary>
    public static JsonElement ResponseExample(string operation, int status, string? example = null)
    {
        var (_, declared) = Operations(Load()).Single(candidate => candidate.Key == operation);
        var content = declared.GetProperty("responses").GetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .GetProperty("content");
        var media = content.TryGetProperty("application/problem+json", out var problem) ? problem : content.GetProperty("application/json");
        return example is null ? media.GetProperty("example") : media.GetProperty("examples").GetProperty(example).GetProperty("value");
    }
}
