using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Instants finer than a microsecond, which the contract reads (up to seven digits of fraction) but no database keeps:
/// the task answered after a write is the task stored. ResourceFuzzTests found PostgreSQL rounding away the ticks that
/// the 201 and 200 answers still showed.
/// </summary>
public abstract class InstantPrecisionTests(ApiFactory api) : IAsyncLifetime
{
    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Record_WithTicksBeyondTheMicrosecond_AnswersWhatIsStored()
    {
        using var recorded = await api.Client.PostJsonAsync(
            "/tasks", """{"user_id": 42, "description": "Fine", "start_time": "2023-07-18T10:15:00.1234567+02:00", "end_time": "2023-07-18T08:59:59.9999999Z"}""");

        var task = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        recorded.StatusCode.Should().Be(HttpStatusCode.Created, task.ToString());
        task.GetProperty("start_time").GetString().Should().Be("2023-07-18T08:15:00.123456Z");
        task.GetProperty("end_time").GetString().Should().Be("2023-07-18T08:59:59.999999Z");
        await ShouldReadBackAsync(recorded, task);
    }

    [Fact]
    public async Task Correct_WithTicksBeyondTheMicrosecond_AnswersWhatIsStored()
    {
        var id = await api.Client.TrackAsync();
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/tasks/{id}", UriKind.Relative))
        {
            Content = new StringContent(
                """{"start_time": "2023-07-18T08:00:00.0000015Z"}""", Encoding.UTF8, "application/merge-patch+json"),
        };

        using var corrected = await api.Client.SendAsync(request);

        var task = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        corrected.StatusCode.Should().Be(HttpStatusCode.OK, task.ToString());
        task.GetProperty("start_time").GetString().Should().Be("2023-07-18T08:00:00.000001Z");
        await ShouldReadBackAsync(corrected, task);
    }

    private async Task ShouldReadBackAsync(HttpResponseMessage written, JsonElement task)
    {
        using var read = await api.Client.GetAsync($"/tasks/{task.GetProperty("id").GetInt64()}");
        (await read.Content.ReadAsStringAsync()).Should().Be(task.GetRawText());
        read.Headers.ETag.Should().Be(written.Headers.ETag);
    }
}

[Collection(OnPostgres.Name)]
public sealed class PostgresInstantPrecisionTests(PostgresApiFactory api) : InstantPrecisionTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteInstantPrecisionTests(SqliteApiFactory api) : InstantPrecisionTests(api);
