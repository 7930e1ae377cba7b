using Microsoft.AspNetCore.Hosting;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// The app pointed at a loopback port where no working PostgreSQL is; derived factories decide what is there.
/// Nothing is migrated, emptied or dropped.
/// </summary>
public abstract class OfflinePostgresApiFactory : ApiFactory
{
    /// <summary>The loopback port the connection string names; known once the database is "prepared".</summary>
    protected abstract int Port { get; }

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:TimeTracking", $"Host=127.0.0.1;Port={Port};Username=nobody;Database=none");
        builder.UseSetting("Database:MigrateOnStartup", "false");
    }

    protected override Task EmptyTablesAsync() => Task.CompletedTask;

    protected override Task DropDatabaseAsync() => Task.CompletedTask;
}
