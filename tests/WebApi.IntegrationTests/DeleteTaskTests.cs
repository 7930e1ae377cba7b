using System.Net;
using Microsoft.EntityFrameworkCore;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary><c>DELETE /tasks/{id}</c> on each database.</summary>
public abstract class DeleteTaskTests(ApiFactory api) : IAsyncLifetime
{
    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Delete_StoppedTask_Returns204AndTheTaskIsGoneEverywhere()
    {
        var id = await api.Client.TrackAsync(userId: 42);
        var kept = await api.Client.TrackAsync(userId: 42);
        api.Clock.Advance(TimeSpan.FromMinutes(30));
        (await api.Client.StopAsync(id)).Dispose();

        using var response = await api.Client.DeleteTaskAsync(id);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        using var afterwards = await api.Client.GetAsync($"/tasks/{id}");
        await afterwards.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var times = await api.Client.TimesAsync(42, "2023-07-18");
        times.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().Equal(kept);
    }

    [Fact]
    public async Task Delete_RunningTask_Returns204AndItNoLongerRuns()
    {
        var id = await api.Client.TrackAsync(userId: 42);

        using var response = await api.Client.DeleteTaskAsync(id);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await api.Client.GetOkJsonAsync("/tasks/running?user_id=42")).GetArrayLength().Should().Be(0);
        using var stop = await api.Client.StopAsync(id);
        await stop.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_UnknownId_Returns404Problem()
    {
        using var response = await api.Client.DeleteTaskAsync(999);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Be("Task 999 was not found.");
    }

    [Fact]
    public async Task Delete_Twice_SecondReturns404()
    {
        var id = await api.Client.TrackAsync();
        (await api.Client.DeleteTaskAsync(id)).Dispose();

        using var again = await api.Client.DeleteTaskAsync(id);

        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString().Should().Be($"Task {id} was not found.");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public async Task Delete_NonPositiveId_Returns400OnId(string id)
    {
        var kept = await api.Client.TrackAsync();

        using var response = await api.Client.DeleteAsync(new Uri($"/tasks/{id}", UriKind.Relative));

        await response.ShouldBeValidationProblemAsync("id");
        (await api.CountTasksAsync()).Should().Be(1, $"task {kept} is left alone");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    public async Task Delete_IdThatIsNoInteger_Returns404Problem(string id)
    {
        using var response = await api.Client.DeleteAsync(new Uri($"/tasks/{id}", UriKind.Relative));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_TwentyAtOnce_ExactlyOneGets204AndTheRest404()
    {
        var id = await api.Client.TrackAsync();
        var bystander = await api.Client.TrackAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.Client.DeleteTaskAsync(id)));

        responses.Count(response => response.StatusCode == HttpStatusCode.NoContent).Should().Be(1);
        foreach (var loser in responses.Where(response => response.StatusCode != HttpStatusCode.NoContent))
        {
            var problem = await loser.ShouldBeProblemAsync(HttpStatusCode.NotFound);
            problem.GetProperty("detail").GetString().Should().Be($"Task {id} was not found.");
        }

        (await api.WithDbContextAsync(db => db.Tasks.Select(task => task.Id).ToListAsync())).Should().Equal(bystander);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

}

[Collection(OnPostgres.Name)]
public sealed class PostgresDeleteTaskTests(PostgresApiFactory api) : DeleteTaskTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteDeleteTaskTests(SqliteApiFactory api) : DeleteTaskTests(api);
