using System.Net;
using Microsoft.EntityFrameworkCore;
using TimeTracking.WebApi.IntegrationTests.Fixtures;
using static TimeTracking.WebApi.IntegrationTests.Fixtures.ResourceClient;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// With <c>Authentication:Mode=Jwt</c>: the running list, delete and the daily report act for the caller, refuse
/// somebody else's user id with 403 (administrators excepted), and treat another user's task as absent.
/// </summary>
[Collection(OnAuthenticatedPostgres.Name)]
public sealed class ResourceAuthenticationTests(AuthenticatedApiFactory api) : IAsyncLifetime
{
    private const long Alice = 42;
    private const long Bob = 43;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/tasks/running")]
    [InlineData("/reports/daily?from=2023-07-18&to=2023-07-18")]
    public async Task Read_WithoutToken_Returns401(string path)
    {
        using var anonymous = api.ClientWithToken(null);

        using var response = await anonymous.GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Delete_WithoutToken_Returns401AndKeepsTheTask()
    {
        using var alice = api.ClientFor(Alice);
        var id = await alice.TrackAsync(userId: Alice);
        using var anonymous = api.ClientWithToken(null);

        using var response = await anonymous.DeleteTaskAsync(id);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await ExistsAsync(id)).Should().BeTrue();
    }

    [Fact]
    public async Task Running_WithoutUserId_ListsOnlyTheCallersTasks()
    {
        using var alice = api.ClientFor(Alice);
        using var bob = api.ClientFor(Bob);
        var alicesTask = await alice.TrackAsync(userId: Alice);
        await bob.TrackAsync(userId: Bob);

        var running = await alice.GetOkJsonAsync("/tasks/running");

        running.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().Equal(alicesTask);
    }

    [Fact]
    public async Task Running_ForAnotherUser_Returns403()
    {
        using var alice = api.ClientFor(Alice);

        using var response = await alice.GetAsync($"/tasks/running?user_id={Bob}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Running_ForAnotherUser_AsAdmin_ListsTheirTasks()
    {
        using var bob = api.ClientFor(Bob);
        var bobsTask = await bob.TrackAsync(userId: Bob);

        var running = await api.Client.GetOkJsonAsync($"/tasks/running?user_id={Bob}");

        running.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().Equal(bobsTask);
    }

    [Fact]
    public async Task Delete_AnotherUsersTask_Returns404ExactlyLikeAMissingTaskAndKeepsIt()
    {
        using var bob = api.ClientFor(Bob);
        var bobsTask = await bob.TrackAsync(userId: Bob);
        using var alice = api.ClientFor(Alice);

        using var foreign = await alice.DeleteTaskAsync(bobsTask);
        using var missing = await alice.DeleteTaskAsync(bobsTask + 1000);

        var foreignProblem = await foreign.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var missingProblem = await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        AuthenticationTests.WithoutVaryingMembers(foreignProblem, bobsTask)
            .Should().Be(AuthenticationTests.WithoutVaryingMembers(missingProblem, bobsTask + 1000));
        (await ExistsAsync(bobsTask)).Should().BeTrue();
    }

    [Fact]
    public async Task Delete_OwnTask_Returns204()
    {
        using var alice = api.ClientFor(Alice);
        var id = await alice.TrackAsync(userId: Alice);

        using var response = await alice.DeleteTaskAsync(id);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await ExistsAsync(id)).Should().BeFalse();
    }

    [Fact]
    public async Task Delete_AnotherUsersTask_AsAdmin_Returns204()
    {
        using var bob = api.ClientFor(Bob);
        var bobsTask = await bob.TrackAsync(userId: Bob);

        using var response = await api.Client.DeleteTaskAsync(bobsTask);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await ExistsAsync(bobsTask)).Should().BeFalse();
    }

    [Fact]
    public async Task Report_WithoutUserId_CountsOnlyTheCallersTasks()
    {
        using var alice = api.ClientFor(Alice);
        using var bob = api.ClientFor(Bob);
        await alice.TrackAsync(userId: Alice);
        await bob.TrackAsync(userId: Bob);
        await bob.TrackAsync(userId: Bob);
        api.Clock.Advance(TimeSpan.FromMinutes(10));

        var report = await alice.GetOkJsonAsync(DailyReportPath(null, "2023-07-18", "2023-07-18"));

        report.GetArrayLength().Should().Be(1);
        report[0].GetProperty("task_count").GetInt32().Should().Be(1);
        report[0].GetProperty("total_seconds").GetDouble().Should().Be(600);
    }

    [Fact]
    public async Task Report_ForAnotherUser_Returns403()
    {
        using var alice = api.ClientFor(Alice);

        using var response = await alice.GetAsync(DailyReportPath(Bob, "2023-07-18", "2023-07-18"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Report_ForAnotherUser_AsAdmin_CountsTheirTasks()
    {
        using var bob = api.ClientFor(Bob);
        await bob.TrackAsync(userId: Bob);

        var report = await api.Client.GetOkJsonAsync(DailyReportPath(Bob, "2023-07-18", "2023-07-18"));

        report[0].GetProperty("task_count").GetInt32().Should().Be(1);
    }

    private Task<bool> ExistsAsync(long id) => api.WithDbContextAsync(db => db.Tasks.AnyAsync(task => task.Id == id));
}
