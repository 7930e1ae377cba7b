using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using TimeTracking.Domain.Tasks;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary><c>Tracking:RunningTasks=One</c>: starting a task stops the user's running one at the same instant.</summary>
public abstract class OneRunningTaskTests(ApiFactory api) : IAsyncLifetime
{
    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Track_WhileAnotherRuns_StopsItWhereTheNewOneStarts()
    {
        var first = await api.Client.TrackAsync(description: "First");
        api.Clock.Advance(TimeSpan.FromMinutes(10));

        var second = await api.Client.TrackAsync(description: "Second");

        var (earlier, later) = (await LoadAsync(first), await LoadAsync(second));
        earlier.EndTime.Should().Be(later.StartTime);
        earlier.TimeSpent(api.Clock.GetUtcNow()).Should().Be(TimeSpan.FromMinutes(10));
        later.IsRunning.Should().BeTrue();
    }

    [Fact]
    public async Task Track_LeavesOtherUsersTasksRunning()
    {
        var others = await api.Client.TrackAsync(userId: 7);

        await api.Client.TrackAsync(userId: 42);

        (await LoadAsync(others)).IsRunning.Should().BeTrue();
    }

    [Fact]
    public async Task Track_TwentyAtOnceForOneUser_LeavesExactlyOneRunning()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => api.Client.PostJsonAsync(
            "/track", $$"""{"user_id": 42, "description": "Racer {{i}}"}""")));

        responses.Should().AllSatisfy(response => response.StatusCode.Should().Be(HttpStatusCode.OK));
        var tasks = await api.WithDbContextAsync(db => db.Tasks.AsNoTracking().ToListAsync());
        tasks.Should().HaveCount(20);
        tasks.Count(task => task.IsRunning).Should().Be(1);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Record_ARunningEntry_StopsTheRunningTask_ButAPastEntryDoesNot()
    {
        var running = await api.Client.TrackAsync(description: "Running");

        (await api.Client.PostJsonAsync("/tasks", """{"user_id": 42, "description": "Yesterday", "start_time": "2023-07-17T08:00:00Z", "end_time": "2023-07-17T09:00:00Z"}""")).Dispose();
        var stillRunning = (await LoadAsync(running)).IsRunning;
        (await api.Client.PostJsonAsync("/tasks", """{"user_id": 42, "description": "Since 8:30", "start_time": "2023-07-18T08:30:00Z"}""")).Dispose();

        stillRunning.Should().BeTrue();
        (await LoadAsync(running)).IsRunning.Should().BeFalse();
    }

    private Task<TrackedTask> LoadAsync(long id) =>
        api.WithDbContextAsync(db => db.Tasks.AsNoTracking().SingleAsync(task => task.Id == id));
}

public sealed class PostgresOneRunningTaskTests(OneRunningTaskPostgresApiFactory api)
    : OneRunningTaskTests(api), IClassFixture<OneRunningTaskPostgresApiFactory>;

public sealed class SqliteOneRunningTaskTests(OneRunningTaskSqliteApiFactory api)
    : OneRunningTaskTests(api), IClassFixture<OneRunningTaskSqliteApiFactory>;

public sealed class OneRunningTaskPostgresApiFactory : PostgresApiFactory
{
    protected override void UseDatabase(IWebHostBuilder builder)
    {
        base.UseDatabase(builder);
        builder.UseSetting("Tracking:RunningTasks", "One");
    }
}

public sealed class OneRunningTaskSqliteApiFactory : SqliteApiFactory
{
    protected override void UseDatabase(IWebHostBuilder builder)
    {
        base.UseDatabase(builder);
        builder.UseSetting("Tracking:RunningTasks", "One");
    }
}
