using System.Net;
using TimeTracking.Domain.Tasks;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary><c>GET /tasks/running</c> on each database.</summary>
public abstract class ListRunningTasksTests(ApiFactory api) : IAsyncLifetime
{
    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Running_ListsTheUsersRunningTasksByStartThenId()
    {
        var second = await api.Client.TrackAsync(userId: 42, description: "Second");
        var third = await api.Client.TrackAsync(userId: 42, description: "Third");
        await api.Client.TrackAsync(userId: 43, description: "Somebody else's");
        var stopped = await api.Client.TrackAsync(userId: 42, description: "Stopped");
        (await api.Client.StopAsync(stopped)).Dispose();
        // Started earlier than the others, but stored after them: the order is by start, not by id.
        var first = (await api.InsertAsync(TrackedTask.Start(42, "First", ApiFactory.DefaultNow.AddHours(-1))))[0];
        api.Clock.Advance(TimeSpan.FromSeconds(90));

        using var response = await api.Client.GetAsync("/tasks/running?user_id=42");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            "[" +
            $$"""{"id":{{first}},"user_id":42,"description":"First","start_time":"2023-07-18T08:00:00Z","end_time":null,"running":true,"time_spent":3690},""" +
            $$"""{"id":{{second}},"user_id":42,"description":"Second","start_time":"2023-07-18T09:00:00Z","end_time":null,"running":true,"time_spent":90},""" +
            $$"""{"id":{{third}},"user_id":42,"description":"Third","start_time":"2023-07-18T09:00:00Z","end_time":null,"running":true,"time_spent":90}""" +
            "]");
    }

    [Fact]
    public async Task Running_NothingRunning_ReturnsAnEmptyList()
    {
        var stopped = await api.Client.TrackAsync(userId: 42);
        (await api.Client.StopAsync(stopped)).Dispose();
        await api.Client.TrackAsync(userId: 43);

        using var response = await api.Client.GetAsync("/tasks/running?user_id=42");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("[]");
    }

    [Fact]
    public async Task Running_TaskStoppedMeanwhile_IsNoLongerListed()
    {
        var id = await api.Client.TrackAsync(userId: 42);
        (await api.Client.GetOkJsonAsync("/tasks/running?user_id=42")).GetArrayLength().Should().Be(1);

        (await api.Client.StopAsync(id)).Dispose();

        (await api.Client.GetOkJsonAsync("/tasks/running?user_id=42")).GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?user_id=")]
    [InlineData("?user_id=0")]
    [InlineData("?user_id=-3")]
    [InlineData("?user_id=abc")]
    [InlineData("?user_id=1.5")]
    [InlineData("?user_id=99999999999999999999")]
    public async Task Running_WithoutAPositiveUserId_Returns400OnUserId(string query)
    {
        using var response = await api.Client.GetAsync($"/tasks/running{query}");

        await response.ShouldBeValidationProblemAsync("user_id");
    }

    [Fact]
    public async Task Running_IsNotTakenForATaskId_AndTaskIdsStillAre()
    {
        var id = await api.Client.TrackAsync(userId: 42);

        var running = await api.Client.GetOkJsonAsync("/tasks/running?user_id=42");
        var task = await api.Client.GetOkJsonAsync($"/tasks/{id}");

        running[0].GetProperty("id").GetInt64().Should().Be(id);
        task.GetProperty("id").GetInt64().Should().Be(id);
    }
}

[Collection(OnPostgres.Name)]
public sealed class PostgresListRunningTasksTests(PostgresApiFactory api) : ListRunningTasksTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteListRunningTasksTests(SqliteApiFactory api) : ListRunningTasksTests(api);
