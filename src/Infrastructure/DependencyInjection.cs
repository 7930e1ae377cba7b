using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TimeTracking.Application.Abstractions;
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
                services.AddDbContextPool<TimeTrackingDbContext, PostgresTimeTrackingDbContext>(options => options
                    .UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsAssembly(typeof(DependencyInjection).Assembly))
                    .UseSnakeCaseNamingConvention());
                break;
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<TimeTrackingDbContext, SqliteTimeTrackingDbContext>(options => options
                    .UseSqlite(settings.ConnectionString)
                    .UseSnakeCaseNamingConvention());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {settings.Provider}.");
        }

        services.AddScoped<ITaskRepository, TaskRepository>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
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

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimeTrackingDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
    }
}
