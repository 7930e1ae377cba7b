using Npgsql;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// Another connection's <c>EXCLUSIVE</c> lock on <c>tasks</c>: reads go on, writes wait until it is released. A keyed
/// request so waits inside its transaction after claiming its Idempotency-Key, and what a duplicate sees meanwhile is
/// deterministic; racing corrections both read the same version before either writes.
/// </summary>
public sealed class TasksTableLock : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly NpgsqlConnection _connection;
    private NpgsqlTransaction? _transaction;

    private TasksTableLock(string connectionString, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _connectionString = connectionString;
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<TasksTableLock> TakeAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("LOCK TABLE tasks IN EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new TasksTableLock(connectionString, connection, transaction);
    }

    /// <summary>Returns once <paramref name="count"/> statements are waiting for the lock; fails after 10 s.</summary>
    public async Task WaitForBlockedWritesAsync(int count)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
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

    /// <summary>Lets the waiting writes go on.</summary>
    public async Task ReleaseAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync();
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await _connection.DisposeAsync();
    }
}
