using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>The seed's calls, spelled as a client of the seed app would send them: raw JSON, snake_case.</summary>
public static class SeedClient
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string pathAndQuery) =>
        client.GetAsync(new Uri(pathAndQuery, UriKind.Relative));

    public static async Task<long> TrackAsync(this HttpClient client, long userId = 42, string description = "Write report")
    {
        using var response = await client.PostAsJsonAsync(
            new Uri("/track", UriKind.Relative), new Dictionary<string, object> { ["user_id"] = userId, ["description"] = description });
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("id").GetInt64();
    }

    public static Task<HttpResponseMessage> StopAsync(this HttpClient client, long id) =>
        client.PostJsonAsync("/stop", $$"""{"id": {{id}}}""");

    public static async Task<JsonElement> TimesAsync(this HttpClient client, long userId, string date, string? tz = null)
    {
        var query = $"/times?user_id={userId}&date={date}" + (tz is null ? string.Empty : $"&tz={Uri.EscapeDataString(tz)}");
        using var response = await client.GetAsync(query);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

public static class ProblemAssertions
{
    /// <summary>
    /// Asserts an RFC 9457 problem document with the given status, and no trace of the server's internals.
    /// Returns the document for further checks.
    /// </summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json", text);

        var problem = JsonSerializer.Deserialize<JsonElement>(text);
        problem.GetProperty("status").GetInt32().Should().Be((int)status);
        problem.GetProperty("type").GetString().Should().NotBeNullOrEmpty();
        problem.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        problem.GetProperty("traceId").GetString().Should().NotBeNullOrEmpty();
        text.Should().NotContain("   at ", "a problem document never carries a stack trace");
        text.Should().NotContain("Exception", "a problem document never names the server's exception types");
        text.Should().NotContain("TimeTracking.", "a problem document never names the server's types");
        return problem;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task<JsonElement> ShouldBeValidationProblemAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).Should().BeTrue($"errors should name '{field}': {errors}");
        messages.EnumerateArray().Should().NotBeEmpty();
        return problem;
    }
}
