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
