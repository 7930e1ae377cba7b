using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace TimeTracking.Infrastructure.Persistence.Configuration;

/// <summary>
/// Whether the database already has every migration of this build, asked with one query on a plain connection. EF
/// Core's <c>GetPendingMigrationsAsync</c> answers the same question, but first builds its services and a model of
/// the history table through the whole convention set: about a third of a cold start, paid on every start to learn
/// that there is nothing to do.
/// </summary>
internal static class MigrationHistory
{
    // EF Core's history table; its column is snake_case like every other (EFCore.NamingConventions renames it too).
    private const string AppliedMigrationsSql = """SELECT migration_id FROM "__EFMigrationsHistory" """;

    /// <summary>
    /// True when every migration declared for the provider's context is recorded as applied; false when one is not,
    /// or when the history cannot be read this way (no history table yet): EF Core then decides and migrates.
    /// </summary>
    public static async Task<bool> IsUpToDateAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var (connection, contextType) = settings.Provider switch
        {
            // The requests' connection string, so the connection, and the types Npgsql loads on a pool's first one,
            // are there for the first request. It only reads; migrations keep their plain connection.
            DatabaseProvider.PostgreSql => ((DbConnection)new NpgsqlConnection(DatabaseProviders.ForRequests(settings.ConnectionString)),
                typeof(PostgresTimeTrackingDbContext)),
            DatabaseProvider.Sqlite => (new SqliteConnection(settings.ConnectionString), typeof(SqliteTimeTrackingDbContext)),
            _ => throw new InvalidOperationException($"Unknown database provider {settings.Provider}."),
        };

        await using (connection)
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = AppliedMigrationsSql;
            var applied = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetString(0));
                }
            }
            catch (DbException exception) when (IsMissingTableOrColumn(exception))
            {
                return false;
            }

            return Declared(contextType).All(applied.Contains);
        }
    }

    /// <summary>The migrations EF Core would apply to <paramref name="contextType"/>, found as it finds them.</summary>
    internal static IEnumerable<string> Declared(Type contextType) =>
        typeof(MigrationHistory).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Migration)) && !type.IsAbstract
                && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
            .Select(type => type.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>();

    private static bool IsMissingTableOrColumn(DbException exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn,
        SqliteException sqlite => sqlite.SqliteErrorCode == 1, // SQLITE_ERROR: here, "no such table" or "no such column"
        _ => false,
    };
}
