using System.Net;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Requests really in flight: another connection holds a lock on <c>tasks</c> (<see cref="TasksTableLock"/>), so a
/// keyed track blocks inside its transaction after claiming its key, and what a duplicate sees meanwhile is deterministic.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class PostgresIdempotencyInFlightTests(PostgresApiFactory api) : IAsyncLifetime
{
    private const string Key = "in-flight-key";

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Track_WhileTheFirstWithTheKeyIsBlocked_Returns409AndTheFirstThenSucceeds()
    {
        await using var tasks = await TasksTableLock.TakeAsync(api.ConnectionString);
        var first = api.Client.TrackWithKeyAsync(Key);
        await tasks.WaitForBlockedWritesAsync(1);

        using var duplicate = await api.Client.TrackWithKeyAsync(Key);
        await tasks.ReleaseAsync();
        using var firstResponse = await first;
        using var afterwards = await api.Client.TrackWithKeyAsync(Key);

        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        firstResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        afterwards.IsReplay().Should().BeTrue();
        (await afterwards.Content.ReadAsStringAsync()).Should().Be(await firstResponse.Content.ReadAsStringAsync());
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_WhenASlowOwnersLeaseIsTakenOver_OnlyTheNewOwnerTakesEffect()
    {
        await using var tasks = await TasksTableLock.TakeAsync(api.ConnectionString);
        var slow = api.Client.TrackWithKeyAsync(Key);
        await tasks.WaitForBlockedWritesAsync(1);
        api.Clock.Advance(TimeSpan.FromSeconds(31)); // The slow owner's 30 s lease runs out.
        var takeover = api.Client.TrackWithKeyAsync(Key);
        await tasks.WaitForBlockedWritesAsync(2);

        await tasks.ReleaseAsync();
        using var slowResponse = await slow;
        using var takeoverResponse = await takeover;

        await slowResponse.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        takeoverResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.CountTasksAsync()).Should().Be(1, "the slow owner could not complete a key it no longer held, so it rolled back");
    }
}
