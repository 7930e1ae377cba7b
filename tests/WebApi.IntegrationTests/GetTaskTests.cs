using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary><c>GET /tasks/{id}</c> on each database.</summary>
public abstract class GetTaskTests(ApiFactory api) : IAsyncLifetime
{
    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Get_RunningTask_ShowsItWithTheTimeSoFar()
    {
        var id = await api.Client.TrackAsync(userId: 42, description: "Write report");
        api.Clock.Advance(TimeSpan.FromSeconds(90));

        using var response = await api.Client.GetAsync($"/tasks/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            $$"""{"id":{{id}},"user_id":42,"description":"Write report","start_time":"2023-07-18T09:00:00Z","end_time":null,"running":true,"time_spent":90}""");
    }

    [Fact]
    public async Task Get_StoppedTask_ShowsItsEndAndWholeDuration()
    {
        var id = await api.Client.TrackAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(30.5));
        (await api.Client.StopAsync(id)).Dispose();
        api.Clock.Advance(TimeSpan.FromHours(5));

        var task = await api.Client.GetFromJsonAsync<JsonElement>(new Uri($"/tasks/{id}", UriKind.Relative));

        task.GetProperty("end_time").GetString().Should().Be("2023-07-18T09:30:30Z");
        task.GetProperty("running").GetBoolean().Should().BeFalse();
        task.GetProperty("time_spent").GetDouble().Should().Be(1830);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        using var response = await api.Client.GetAsync("/tasks/999");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Be("Task 999 was not found.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task Get_NonPositiveId_Returns400OnId(string id)
    {
        using var response = await api.Client.GetAsync($"/tasks/{id}");

        await response.ShouldBeValidationProblemAsync("id");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    public async Task Get_IdThatIsNoInteger_Returns404Problem(string id)
    {
        using var response = await api.Client.GetAsync($"/tasks/{id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(OnPostgres.Name)]
public sealed class PostgresGetTaskTests(PostgresApiFactory api) : GetTaskTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteGetTaskTests(SqliteApiFactory api) : GetTaskTests(api);
