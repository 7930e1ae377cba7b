using System.Globalization;
using System.Reflection;
using System.Text.Json;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

/// <summary>
/// docs/openapi.json is the contract: it is what the app serves (with bearer tokens on, as in production), every
/// request, response and parameter in it has an example that fits its schema, and every response it declares is
/// checked through the client generated from it.
/// </summary>
[Collection(OnAuthenticatedPostgres.Name)]
public sealed class OpenApiDocumentTests(AuthenticatedApiFactory api)
{
    /// <summary>Responses every operation declares that the client suite does not provoke, and the tests that do.</summary>
    private static readonly Dictionary<int, string> CoveredElsewhere = new()
    {
        [429] = "RateLimitTests (the integration tests run with the limiter off)",
        [503] = "DatabaseUnavailableTests and DatabaseSilentTests (they need a database that is down)",
    };

    [Fact]
    public async Task CommittedDocument_IsTheOneTheAppServes()
    {
        var served = await api.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        if (Environment.GetEnvironmentVariable(ContractDocumentFile.UpdateVariable) == "1")
        {
            // CI never refreshes the contract: a change to it is made and reviewed in a commit.
            Environment.GetEnvironmentVariable("CI").Should().NotBe(
                "true", $"{ContractDocumentFile.UpdateVariable}=1 rewrites {ContractDocumentFile.RelativePath} and must never pass in CI");
            await File.WriteAllTextAsync(ContractDocumentFile.FullPath, CanonicalJson.ForFile(served));
            return;
        }

        File.Exists(ContractDocumentFile.FullPath).Should().BeTrue(
            $"{ContractDocumentFile.RelativePath} must be committed; create it with: {ContractDocumentFile.RefreshCommand}");
        var difference = CanonicalJson.Difference(await File.ReadAllTextAsync(ContractDocumentFile.FullPath), served);

        if (difference is not null)
        {
            Assert.Fail(
                $"""
                {ContractDocumentFile.RelativePath} ("-") is not what the app serves at /openapi/v1.json ("+"). If the API changed
                on purpose, refresh the file, rebuild (the client is generated from it) and commit it with the change:
                  {ContractDocumentFile.RefreshCommand}
                {difference}
                """);
        }
    }

    [Fact]
    public void EveryRequestResponseAndParameter_HasAnExampleThatFitsItsSchema()
    {
        var document = ContractDocumentFile.Load();
        var check = new ExampleSchemaCheck(document);
        var problems = new List<string>();
        foreach (var (operation, declared) in ContractDocumentFile.Operations(document))
        {
            foreach (var parameter in declared.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
            {
                var name = parameter.GetProperty("name").GetString();
                problems.AddRange(Examined(check, parameter, parameter.GetProperty("schema"), $"{operation} parameter {name}"));
            }

            if (declared.TryGetProperty("requestBody", out var body))
            {
                problems.AddRange(ExaminedContent(check, body, $"{operation} request"));
            }

            foreach (var response in declared.GetProperty("responses").EnumerateObject())
            {
                problems.AddRange(ExaminedContent(check, response.Value, $"{operation} {response.Name}"));
                foreach (var header in response.Value.TryGetProperty("headers", out var headers) ? headers.EnumerateObject() : default)
                {
                    problems.AddRange(Examined(
                        check, header.Value, header.Value.GetProperty("schema"), $"{operation} {response.Name} header {header.Name}"));
                }
            }
        }

        if (problems.Count > 0)
        {
            Assert.Fail($"Every example must be a real request or answer (README, Adding a use case):\n{string.Join("\n", problems)}");
        }
    }

    [Fact]
    public void EveryDeclaredResponse_IsCheckedThroughTheGeneratedClient()
    {
        var covered = typeof(OpenApiDocumentTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetCustomAttributes<CoversAttribute>())
            .Select(covers => CoversAttribute.Key(covers.Operation, covers.Status, covers.Example))
            .ToHashSet();
        var declared = ContractDocumentFile.Operations(ContractDocumentFile.Load())
            .SelectMany(operation => operation.Operation.GetProperty("responses").EnumerateObject()
                .Select(response => (operation.Key, Status: int.Parse(response.Name, CultureInfo.InvariantCulture), Response: response.Value)))
            .Where(response => !CoveredElsewhere.ContainsKey(response.Status))
            .SelectMany(response => NamedExamples(response.Response).DefaultIfEmpty()
                .Select(example => CoversAttribute.Key(response.Key, response.Status, example)))
            .ToList();

        declared.Should().NotBeEmpty();
        declared.Except(covered).Should().BeEmpty(
            "each response the document declares needs a test in Contract/ that provokes it through the generated client and is marked [Covers(operation, status)]");
        covered.Except(declared).Should().BeEmpty("a [Covers] names a response the document does not declare");
    }

    private static IEnumerable<string> ExaminedContent(ExampleSchemaCheck check, JsonElement owner, string what) =>
        owner.TryGetProperty("content", out var content)
            ? content.EnumerateObject().SelectMany(media => Examined(check, media.Value, media.Value.GetProperty("schema"), $"{what} {media.Name}"))
            : [];

    // A response showing several problems as named examples is covered once per name.
    private static IEnumerable<string> NamedExamples(JsonElement response) =>
        response.TryGetProperty("content", out var content)
            ? content.EnumerateObject()
                .SelectMany(media => media.Value.TryGetProperty("examples", out var examples) ? examples.EnumerateObject().Select(named => named.Name) : [])
                .Distinct()
            : [];

    private static IEnumerable<string> Examined(ExampleSchemaCheck check, JsonElement owner, JsonElement schema, string what)
    {
        if (owner.TryGetProperty("example", out var example))
        {
            return check.Problems(example, schema).Select(problem => $"{what}: {problem}");
        }

        return owner.TryGetProperty("examples", out var examples)
            ? examples.EnumerateObject().SelectMany(named =>
                check.Problems(named.Value.GetProperty("value"), schema).Select(problem => $"{what} example {named.Name}: {problem}"))
            : [$"{what} has no example"];
    }
}
