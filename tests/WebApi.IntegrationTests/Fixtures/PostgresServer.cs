using System.Net;
using Npgsql;
using Testcontainers.PostgreSql;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// The PostgreSQL server the tests run against, chosen once per test run: the server named by
/// <see cref="ConnectionVariable"/> when set (test.sh starts one on loopback), otherwise a Testcontainers
/// container when a Docker engine answers. With neither, tests fail and say how to get one; they never skip.
/// </summary>
public static class PostgresServer
{
    public const string ConnectionVariable = "TIMETRACKING_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>A fresh, empty database on the server; each fixture gets its own so runs never collide.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = await Server.Value;
        var name = $"timetracking_test_{Guid.NewGuid():N}";

        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var server = await Server.Value;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartAsync() => RequireLoopback(await LocateAsync());

    /// <summary>
    /// Tests talk to loopback only: a server anywhere else (a shared database, a container gateway) is refused before
    /// anything is created or dropped on it.
    /// </summary>
    private static string RequireLoopback(string connectionString)
    {
        var host = new NpgsqlConnectionStringBuilder(connectionString).Host ?? "";
        var loopback = host is "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
        return loopback
            ? connectionString
            : throw new InvalidOperationException(
                $"The integration tests' PostgreSQL must be on loopback (127.0.0.1, ::1 or localhost), not '{host}'.");
    }

    private static async Task<string> LocateAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        try
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            return container.GetConnectionString();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the integration tests: {ConnectionVariable} is not set and no Docker engine answered " +
                $"({exception.GetType().Name}: {exception.Message}). Run ./test.sh, which starts a throwaway PostgreSQL " +
                $"on loopback, or set {ConnectionVariable} to a connection string of a server where the user may create databases.",
                exception);
        }
    }
}
