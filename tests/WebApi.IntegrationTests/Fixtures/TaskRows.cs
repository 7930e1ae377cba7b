using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>Tasks written straight into the app's database, at any instants, and the listing that reads them back.</summary>
public static class TaskRows
{
    public static TrackedTask Stopped(long userId, string start, string end, string description = "Write report")
    {
        var task = TrackedTask.Start(userId, description, Instant(start));
        task.Stop(Instant(end));
        return task;
    }

    public static TrackedTask Running(long userId, string start, string description = "Write report") =>
        TrackedTask.Start(userId, description, Instant(start));

    /// <summary>Inserts <paramref name="tasks"/> in order, so ids rise in that order; returns their ids.</summary>
    public static Task<long[]> InsertAsync(this ApiFactory api, params TrackedTask[] tasks)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.WithDbContextAsync(async db =>
        {
            foreach (var task in tasks)
            {
                db.Tasks.Add(task);
                await db.SaveChangesAsync();
            }

            return tasks.Select(task => task.Id).ToArray();
        });
    }

    /// <summary>Inserts many tasks in one save; ids are not in any promised order.</summary>
    public static Task InsertManyAsync(this ApiFactory api, IEnumerable<TrackedTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.WithDbContextAsync(async db =>
        {
            db.Tasks.AddRange(tasks);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary><paramref name="count"/> stopped tasks of 30 s, one a minute from <paramref name="first"/> on.</summary>
    public static Task InsertMinutelyAsync(this ApiFactory api, long userId, string first, int count)
    {
        var start = Instant(first);
        return api.InsertManyAsync(Enumerable.Range(0, count).Select(minute => Stopped(
            userId, $"{start.AddMinutes(minute):O}", $"{start.AddMinutes(minute).AddSeconds(30):O}")));
    }

    /// <summary>One JSON page of <c>GET /tasks</c>, asserted to be a 200.</summary>
    public static async Task<JsonElement> ListPageAsync(this HttpClient client, string query)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri($"/tasks?{query}", UriKind.Relative));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every item of a listing, following <c>next_cursor</c> page by page.</summary>
    public static async Task<List<JsonElement>> ListAllAsync(this HttpClient client, string query)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await client.ListPageAsync(cursor is null ? query : $"{query}&cursor={cursor}");
            items.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        return items;
    }

    public static long[] Ids(this IEnumerable<JsonElement> items) =>
        [.. items.Select(item => item.GetProperty("id").GetInt64())];

    public static DateTimeOffset Instant(string iso8601) =>
        DateTimeOffset.Parse(iso8601, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
