using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TimeTracking.Application.Abstractions;
using TimeTracking.Infrastructure.Idempotency;
using TimeTracking.Infrastructure.Persistence;
using TimeTracking.Infrastructure.Persistence.Configuration;
using TimeTracking.Infrastructure.Persistence.Repositories;

namespace TimeTracking.Infrastructure;

public static class DependencyInjection
{
    public const string ReadinessTag = "ready";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);

        switch (settings.Provider)
        {
            case DatabaseProvider.PostgreSql:
                var requests = DatabaseProviders.ForRequests(settings.ConnectionString);
                services.AddDbContextPool<TimeTrackingDbContext, PostgresTimeTrackingDbContext>(
                    options => options.UsePostgres(requests, retryTransientFailures: true));
                break;
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<TimeTrackingDbContext, SqliteTimeTrackingDbContext>(
                    options => options.UseSqliteFile(settings.ConnectionString));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {settings.Provider}.");
        }

        services.AddScoped<ITaskRepository, TaskRepository>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddSingleton(IdempotencySettings.From(configuration));
        services.AddScoped<IIdempotencyStore, IdempotencyStore>();
        services.AddHostedService<IdempotencyKeyPurge>();
        services.AddHealthChecks().AddDbContextCheck<TimeTrackingDbContext>("database", tags: [ReadinessTag]);
        return services;
    }

    /// <summary>Applies pending migrations unless <c>Database:MigrateOnStartup</c> is false.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (!settings.MigrateOnStartup)
        {
            return;
        }

        // Nearly every start has nothing to apply: one query says so without building EF Core's migration machinery.
        // Migrating also diffs the model against the snapshot, which added ~70 ms to every start.
        if (await MigrationHistory.IsUpToDateAsync(settings, cancellationToken))
        {
            return;
        }

        await using var db = CreateMigrationContext(settings);
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static TimeTrackingDbContext CreateMigrationContext(DatabaseSettings settings) => settings.Provider switch
    {
        DatabaseProvider.PostgreSql => new PostgresTimeTrackingDbContext(DatabaseProviders.OptionsFor<PostgresTimeTrackingDbContext>(
            options => options.UsePostgres(DatabaseProviders.ForMigrations(settings.ConnectionString)))),
        DatabaseProvider.Sqlite => new SqliteTimeTrackingDbContext(DatabaseProviders.OptionsFor<SqliteTimeTrackingDbContext>(
            options => options.UseSqliteFile(settings.ConnectionString))),
        _ => throw new InvalidOperationException($"Unknown database provider {settings.Provider}."),
    };
}
