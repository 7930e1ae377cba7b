using Microsoft.EntityFrameworkCore.Design;
using TimeTracking.Infrastructure.Persistence.Configuration;

namespace TimeTracking.Infrastructure.Persistence;

// Used only by `dotnet ef migrations add`: the connection strings are never opened.

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTimeTrackingDbContext>
{
    public PostgresTimeTrackingDbContext CreateDbContext(string[] args) => new(
        DatabaseProviders.OptionsFor<PostgresTimeTrackingDbContext>(options => options.UsePostgres("Host=localhost;Database=timetracking")));
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTimeTrackingDbContext>
{
    public SqliteTimeTrackingDbContext CreateDbContext(string[] args) => new(
        DatabaseProviders.OptionsFor<SqliteTimeTrackingDbContext>(
            options => options.UseSqliteFile(DatabaseSettings.DefaultSqliteConnectionString)));
}
