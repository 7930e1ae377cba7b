using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>The resource API's calls beyond the seed's, and tasks to arrange a test with (TaskRows writes them).</summary>
public static class ResourceClient
{
    public static Task<HttpResponseMessage> DeleteTaskAsync(this HttpClient client, long id) =>
        client.DeleteAsync(new Uri($"/tasks/{id}", UriKind.Relative));

    public static async Task<JsonElement> GetOkJsonAsync(this HttpClient client, string pathAndQuery)
    {
        using var response = await client.GetAsync(pathAndQuery);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static string DailyReportPath(long? userId, string from, string to, string? tz = null) =>
        "/reports/daily?" + string.Join('&', new[]
        {
            userId is null ? null : $"user_id={userId}",
            $"from={from}",
            $"to={to}",
            tz is null ? null : $"tz={Uri.EscapeDataString(tz)}",
        }.OfType<string>());

    public static TrackedTask Stopped(long userId, DateTimeOffset start, DateTimeOffset end, string description = "Entered")
    {
        var task = TrackedTask.Start(userId, description, start);
        task.Stop(end);
        return task;
    }
}
