using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>The embedded default, on a throwaway file, so the SQLite path cannot rot unnoticed.</summary>
public class SqliteApiFactory : ApiFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"timetracking-test-{Guid.NewGuid():N}.db");

    public override string Provider => "SQLite";

    protected override Task PrepareDatabaseAsync() => Task.CompletedTask;

    protected override void UseDatabase(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_path}");

    protected override Task EmptyTablesAsync() =>
        WithDbContextAsync(async db => await db.Tasks.ExecuteDeleteAsync() + await db.IdempotencyKeys.ExecuteDeleteAsync());

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return Task.CompletedTask;
    }
}
