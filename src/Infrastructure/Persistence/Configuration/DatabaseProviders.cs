using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TimeTracking.Infrastructure.Persistence.Configuration;

/// <summary>How each provider's DbContext is configured: one place for the app, migrations and design time.</summary>
public static class DatabaseProviders
{
    /// <param name="options">The options to configure.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="retryTransientFailures">
    /// Requests retry transient failures (<see cref="BudgetedRetryingExecutionStrategy"/>); migrations and design time
    /// do not.
    /// </param>
    internal static void UsePostgres(this DbContextOptionsBuilder options, string connectionString, bool retryTransientFailures = false) =>
        options
            .UseNpgsql(connectionString, npgsql =>
            {
                npgsql.MigrationsAssembly(typeof(DatabaseProviders).Assembly);
                if (retryTransientFailures)
                {
                    npgsql.ExecutionStrategy(dependencies => new BudgetedRetryingExecutionStrategy(dependencies));
                }
            })
            .UseSnakeCaseNamingConvention();

    internal static void UseSqliteFile(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).UseSnakeCaseNamingConvention();

    /// <summary>Options for a context created by hand, outside the request pool.</summary>
    internal static DbContextOptions<TContext> OptionsFor<TContext>(Action<DbContextOptionsBuilder> configure)
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
    /// the same few statements; a 3 s connect timeout (Npgsql's default is 15 s) lets a request to an unreachable
    /// database fail within 5 s with a 503 instead of hanging.
    /// </summary>
    public static string ForRequests(string connectionString)
    {
        // NpgsqlConnectionStringBuilder.ContainsKey answers whether a keyword exists, not whether it was given;
        // the plain builder keeps only what the string says.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Multiplexing"))
        {
            builder.Multiplexing = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 20;
        }

        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = 3;
        }

        return builder.ConnectionString;
    }

    /// <summary>Migrations take a lock and run DDL in one session, which a multiplexed connection does not keep.</summary>
    public static string ForMigrations(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Multiplexing = false }.ConnectionString;
}
