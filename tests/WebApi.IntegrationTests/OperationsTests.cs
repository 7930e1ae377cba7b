using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>What operators and client authors rely on besides the three endpoints.</summary>
[Collection(OnPostgres.Name)]
public sealed class OperationsTests(PostgresApiFactory api)
{
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsHealthyWithTheDatabaseUp(string path)
    {
        using var response = await Client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task OpenApi_DescribesEveryOperationWithTheSeedsFieldNames()
    {
        var document = await Client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        document.GetProperty("openapi").GetString().Should().StartWith("3.1");
        var paths = document.GetProperty("paths");
        paths.GetProperty("/track").TryGetProperty("post", out _).Should().BeTrue();
        paths.GetProperty("/stop").TryGetProperty("post", out _).Should().BeTrue();
        paths.GetProperty("/times").TryGetProperty("get", out _).Should().BeTrue();

        var schemas = document.GetProperty("components").GetProperty("schemas");
        // The idempotency key travels in a header, never in the body.
        PropertyNames(schemas, "StartTaskCommand").Should().BeEquivalentTo(["user_id", "description"]);
        PropertyNames(schemas, "StopTaskCommand").Should().BeEquivalentTo(["id"]);
        PropertyNames(schemas, "TaskTime").Should().BeEquivalentTo(["id", "description", "time_spent"]);

        var timesParameters = paths.GetProperty("/times").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(parameter => parameter.GetProperty("name").GetString());
        timesParameters.Should().BeEquivalentTo(["user_id", "date", "tz"]);
    }

    [Theory]
    [InlineData("/track", "post", "400")]
    [InlineData("/track", "post", "413")]
    [InlineData("/stop", "post", "404")]
    [InlineData("/stop", "post", "409")]
    [InlineData("/times", "get", "400")]
    [InlineData("/times", "get", "429")]
    [InlineData("/track", "post", "503")]
    [InlineData("/track", "post", "409")]
    [InlineData("/track", "post", "422")]
    [InlineData("/stop", "post", "422")]
    public async Task OpenApi_DocumentsErrorResponsesAsProblemJson(string path, string method, string status)
    {
        var document = await Client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var response = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status);

        response.GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("/track")]
    [InlineData("/stop")]
    public async Task OpenApi_DocumentsTheOptionalIdempotencyKeyHeader(string path)
    {
        var document = await Client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var parameters = document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("parameters").EnumerateArray();

        var key = parameters.Should().ContainSingle(parameter => parameter.GetProperty("name").GetString() == "Idempotency-Key").Subject;
        key.GetProperty("in").GetString().Should().Be("header");
        (key.TryGetProperty("required", out var required) && required.GetBoolean()).Should().BeFalse();
        key.GetProperty("description").GetString().Should().Contain("422");
    }

    [Fact]
    public async Task Docs_ServesTheInteractiveReference()
    {
        using var response = await Client.GetAsync("/docs");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
    }

    [Fact]
    public async Task Responses_DoNotAdvertiseTheServer()
    {
        using var response = await Client.GetAsync("/health/live");

        response.Headers.Server.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/no-such-route")]
    [InlineData("/times?user_id=0&date=2023-07-18")]
    public async Task Responses_ForbidContentTypeSniffing(string path)
    {
        using var response = await Client.GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    private static IEnumerable<string> PropertyNames(JsonElement schemas, string schema) =>
        schemas.GetProperty(schema).GetProperty("properties").EnumerateObject().Select(property => property.Name);
}
