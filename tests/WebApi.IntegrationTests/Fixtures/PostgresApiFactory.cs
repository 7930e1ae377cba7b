using Microsoft.AspNetCore.Hosting;
using Npgsql;
using Respawn;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

public class PostgresApiFactory : ApiFactory
{
    private string _connectionString = null!;
    private Respawner? _respawner;

    public override string Provider => "PostgreSQL";

    public string ConnectionString => _connectionString;

    protected override async Task PrepareDatabaseAsync() =>
        _connectionString = await PostgresServer.CreateDatabaseAsync();

    protected override void UseDatabase(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:TimeTracking", _connectionString);

    protected override async Task EmptyTablesAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory"],
        });
        await _respawner.ResetAsync(connection);
    }

    protected override Task DropDatabaseAsync() => PostgresServer.DropDatabaseAsync(_connectionString);
}
