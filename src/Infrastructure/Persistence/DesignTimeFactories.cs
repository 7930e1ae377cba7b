using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TimeTracking.Infrastructure.Persistence;

// Used only by `dotnet ef migrations add`: the connection strings are never opened.

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTimeTrackingDbContext>
{
    public PostgresTimeTrackingDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresTimeTrackingDbContext>()
            .UseNpgsql("Host=localhost;Database=timetracking")
            .UseSnakeCaseNamingConvention()
            .Options);
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTimeTrackingDbContext>
{
    public SqliteTimeTrackingDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteTimeTrackingDbContext>()
            .UseSqlite(Configuration.DatabaseSettings.DefaultSqliteConnectionString)
            .UseSnakeCaseNamingConvention()
            .Options);
}
