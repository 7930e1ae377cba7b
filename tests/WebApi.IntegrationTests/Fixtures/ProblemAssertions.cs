using System.Net;
using System.Text.Json;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

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
