using System.Net;
using Npgsql;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Requests really in flight: another connection holds a lock on <c>tasks</c>, so a keyed track blocks inside its
/// transaction after claiming its key, and what a duplicate sees meanwhile is deterministic.
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
        var (connection, transaction) = await LockTasksAsync();
        var first = api.Client.TrackWithKeyAsync(Key);
        await WaitForBlockedInsertsAsync(1);

        using var duplicate = await api.Client.TrackWithKeyAsync(Key);
        await transaction.RollbackAsync();
        await connection.DisposeAsync();
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
        var (connection, transaction) = await LockTasksAsync();
        var slow = api.Client.TrackWithKeyAsync(Key);
        await WaitForBlockedInsertsAsync(1);
        api.Clock.Advance(TimeSpan.FromSeconds(31)); // The slow owner's 30 s lease runs out.
        var takeover = api.Client.TrackWithKeyAsync(Key);
        await WaitForBlockedInsertsAsync(2);

        await transaction.RollbackAsync();
        await connection.DisposeAsync();
        using var slowResponse = await slow;
        using var takeoverResponse = await takeover;

        await slowResponse.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        takeoverResponse.StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.CountTasksAsync()).Should().Be(1, "the slow owner could not complete a key it no longer held, so it rolled back");
    }

    private async Task<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> LockTasksAsync()
    {
        var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE tasks IN EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return (connection, transaction);
    }

    private async Task WaitForBlockedInsertsAsync(int count)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'tasks'::regclass", connection);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((long)(await command.ExecuteScalarAsync())! < count)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, $"{count} request(s) should be waiting for the lock on tasks");
            await Task.Delay(20);
        }
    }
}
