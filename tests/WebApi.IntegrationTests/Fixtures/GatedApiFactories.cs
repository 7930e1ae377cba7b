using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TimeTracking.Infrastructure.Persistence;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>An app whose database reads pass a <see cref="MaterializationGate"/>, for the tests that prove streaming.</summary>
public interface IGatedApi
{
    MaterializationGate Gate { get; }
}

public sealed class GatedPostgresApiFactory : PostgresApiFactory, IGatedApi
{
    public MaterializationGate Gate { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<PostgresTimeTrackingDbContext>(options => options.AddInterceptors(Gate)));
    }
}

public sealed class GatedSqliteApiFactory : SqliteApiFactory, IGatedApi
{
    public MaterializationGate Gate { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<SqliteTimeTrackingDbContext>(options => options.AddInterceptors(Gate)));
    }
}

[CollectionDefinition(Name)]
public sealed class OnGatedPostgres : ICollectionFixture<GatedPostgresApiFactory>
{
    public const string Name = "PostgreSQL with gated reads";
}

[CollectionDefinition(Name)]
public sealed class OnGatedSqlite : ICollectionFixture<GatedSqliteApiFactory>
{
    public const string Name = "SQLite with gated reads";
}
