using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TimeTracking.Infrastructure.Persistence.Configuration;

/// <summary>How each provider's DbContext is configured: one place for the app, migrations and design time.</summary>
internal static class DatabaseProviders
{
    public static void UsePostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(DatabaseProviders).Assembly))
            .UseSnakeCaseNamingConvention();

    public static void UseSqliteFile(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).UseSnakeCaseNamingConvention();

    /// <summary>Options for a context created by hand, outside the request pool.</summary>
    public static DbContextOptions<TContext> OptionsFor<TContext>(Action<DbContextOptionsBuilder> configure)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        configure(builder);
        return builder.Options;
    }

    /// <summary>
    /// The connection settings requests run with, unless the connection string says otherwise. Multiplexing lets
    /// concurrent requests share a few connections instead of each holding one (measured: about 1.4x the
    /// throughput at 64 connections on 2 cores, see docs/benchmarks.md); auto-prepare spares PostgreSQL re-planning
    /// the same few statements.
    /// </summary>
    public static string ForRequests(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Multiplexing"))
        {
            builder.Multiplexing = true;
        }

        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 20;
        }

        return builder.ConnectionString;
    }

    /// <summary>Migrations take a lock and run DDL in one session, which a multiplexed connection does not keep.</summary>
    public static string ForMigrations(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Multiplexing = false }.ConnectionString;
}
