using System.Net.Http.Json;
using System.Text.Json;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>The OpenAPI document describes the running list, delete and the daily report as they answer.</summary>
[Collection(OnPostgres.Name)]
public sealed class ResourceOpenApiTests(PostgresApiFactory api)
{
    [Theory]
    [InlineData("/tasks/running", "get", "200", "application/json")]
    [InlineData("/tasks/running", "get", "400", "application/problem+json")]
    [InlineData("/tasks/running", "get", "403", "application/problem+json")]
    [InlineData("/tasks/{id}", "delete", "400", "application/problem+json")]
    [InlineData("/tasks/{id}", "delete", "404", "application/problem+json")]
    [InlineData("/reports/daily", "get", "200", "application/json")]
    [InlineData("/reports/daily", "get", "400", "application/problem+json")]
    [InlineData("/reports/daily", "get", "403", "application/problem+json")]
    public async Task OpenApi_DocumentsEachResponse(string path, string method, string status, string mediaType)
    {
        var operation = (await DocumentAsync()).GetProperty("paths").GetProperty(path).GetProperty(method);

        operation.GetProperty("responses").GetProperty(status).GetProperty("content").TryGetProperty(mediaType, out _)
            .Should().BeTrue();
        operation.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace();
        operation.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task OpenApi_DeleteAnswers204WithoutABody()
    {
        var responses = (await DocumentAsync()).GetProperty("paths").GetProperty("/tasks/{id}").GetProperty("delete").GetProperty("responses");

        responses.TryGetProperty("204", out var noContent).Should().BeTrue();
        noContent.TryGetProperty("content", out _).Should().BeFalse();
        responses.TryGetProperty("200", out _).Should().BeFalse();
    }

    [Fact]
    public async Task OpenApi_DescribesTheReportsRowsAndParameters()
    {
        var document = await DocumentAsync();

        var row = document.GetProperty("components").GetProperty("schemas").GetProperty("DayTotal").GetProperty("properties");
        row.EnumerateObject().Select(property => property.Name).Should().BeEquivalentTo(["date", "total_seconds", "task_count"]);
        row.GetProperty("date").GetProperty("format").GetString().Should().Be("date");
        var parameters = document.GetProperty("paths").GetProperty("/reports/daily").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToList();
        parameters.Select(parameter => parameter.GetProperty("name").GetString()).Should().BeEquivalentTo(["user_id", "from", "to", "tz"]);
        parameters.Should().OnlyContain(parameter => !string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task OpenApi_DescribesTheRunningListsUserId()
    {
        var parameter = (await DocumentAsync()).GetProperty("paths").GetProperty("/tasks/running").GetProperty("get")
            .GetProperty("parameters")[0];

        parameter.GetProperty("name").GetString().Should().Be("user_id");
        parameter.GetProperty("description").GetString().Should().Contain("403");
    }

    private Task<JsonElement> DocumentAsync() =>
        api.Client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
}
