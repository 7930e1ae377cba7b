using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using TimeTracking.Infrastructure.Persistence;
using TimeTracking.Infrastructure.Persistence.Configuration;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>The checked-in migrations match the model, and PostgreSQL enforces what the model promises.</summary>
public abstract class MigrationTests(ApiFactory api)
{
    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        var pending = await api.WithDbContextAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        pending.Should().BeFalse($"run dotnet ef migrations add for {api.Provider}: the model changed without a migration");
    }

    [Fact]
    public async Task Database_HasEveryMigrationApplied()
    {
        var pending = await api.WithDbContextAsync(db => db.Database.GetPendingMigrationsAsync());

        pending.Should().BeEmpty();
    }

    [Fact]
    public async Task MigrationHistory_FindsTheMigrationsEfCoreFinds_AndSeesThemApplied()
    {
        var (declared, known, upToDate) = await api.WithDbContextAsync(async db => (
            MigrationHistory.Declared(db.GetType()).Order(StringComparer.Ordinal).ToList(),
            db.Database.GetMigrations().ToList(),
            await MigrationHistory.IsUpToDateAsync(SettingsOf(db), CancellationToken.None)));

        declared.Should().Equal(known).And.NotBeEmpty();
        upToDate.Should().BeTrue();
    }

    [Fact]
    public async Task CompiledModel_IsTheModelTheConfigurationBuilds()
    {
        var (compiled, configured, isCompiled) = await api.WithDbContextAsync(db => Task.FromResult((
            Describe(db.Model),
            Describe(db.GetService<IDesignTimeModel>().Model),
            db.Model.GetType().Namespace!.Contains(".CompiledModels.", StringComparison.Ordinal))));

        isCompiled.Should().BeTrue("the app should run on the compiled model, not build one at start-up");
        compiled.Should().Equal(configured,
            $"the compiled model is stale: run dotnet ef dbcontext optimize for {api.Provider} (README, Adding a use case)");
    }

    private static DatabaseSettings SettingsOf(TimeTrackingDbContext db) => new(
        db is PostgresTimeTrackingDbContext ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite,
        db.Database.GetConnectionString()!,
        MigrateOnStartup: true);

    // What the runtime reads from a model: tables, keys and columns, with the types and rules they carry.
    private static List<string> Describe(IModel model) =>
    [
        .. from entity in model.GetEntityTypes().OrderBy(entity => entity.Name, StringComparer.Ordinal)
           let table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema())
           from line in entity.GetKeys().Select(key => $"{table.DisplayName()} key {string.Join(",", key.Properties.Select(p => p.Name))}")
               .Concat(entity.GetProperties().Select(property =>
                   $"{table.DisplayName()}.{property.GetColumnName(table)}: {property.Name} {property.ClrType.Name} " +
                   $"{property.GetColumnType()} nullable={property.IsNullable} max={property.GetMaxLength()} " +
                   $"token={property.IsConcurrencyToken} generated={property.ValueGenerated} " +
                   $"default={property.GetDefaultValue()} converter={property.GetValueConverter()?.GetType().Name}"))
           orderby line
           select line,
    ];
}

[Collection(OnPostgres.Name)]
public sealed class PostgresMigrationTests(PostgresApiFactory api) : MigrationTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteMigrationTests(SqliteApiFactory api) : MigrationTests(api);

[Collection(OnPostgres.Name)]
public sealed class PostgresSchemaTests(PostgresApiFactory api) : IAsyncLifetime
{
    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Tasks_StoresInstantsAsTimestamptz()
    {
        var types = await QueryAsync(
            "SELECT column_name || ':' || data_type FROM information_schema.columns WHERE table_name = 'tasks' ORDER BY ordinal_position");

        types.Should().Equal(
            "id:bigint", "user_id:bigint", "description:character varying",
            "start_time:timestamp with time zone", "end_time:timestamp with time zone", "version:integer");
    }

    [Fact]
    public async Task Tasks_RefusesAnEndBeforeTheStart()
    {
        var insert = () => QueryAsync(
            "INSERT INTO tasks (user_id, description, start_time, end_time) " +
            "VALUES (1, 'x', '2023-07-18T10:00Z', '2023-07-18T09:00Z') RETURNING id::text");

        (await insert.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.CheckViolation);
    }

    [Fact]
    public async Task DayQuery_IsServedByAGistIndexOverTheUserAndTheTasksSpan()
    {
        var indexes = await QueryAsync("SELECT indexdef FROM pg_indexes WHERE tablename = 'tasks'");

        indexes.Should().ContainSingle(definition => definition.Contains(
            "USING gist (user_id, tstzrange(start_time, COALESCE(end_time, 'infinity'::timestamp with time zone), '[]'::text))",
            StringComparison.Ordinal));
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
