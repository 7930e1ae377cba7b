using Microsoft.Extensions.Configuration;
using Npgsql;

namespace TimeTracking.Infrastructure.Persistence.Configuration;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Which database to use, read from configuration once at start-up.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStartup)
{
    public const string PostgresConnectionStringName = "TimeTracking";
    public const string SqliteConnectionStringName = "Sqlite";
    public const string DatabaseUrlVariable = "DATABASE_URL";
    public const string DefaultSqliteConnectionString = "Data Source=timetracking.db";

    /// <summary>
    /// PostgreSQL when <c>ConnectionStrings:TimeTracking</c> or <c>DATABASE_URL</c> is set (in that order), otherwise
    /// the embedded SQLite file from <c>ConnectionStrings:Sqlite</c>.
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var migrate = configuration["Database:MigrateOnStartup"] is not { Length: > 0 } flag || bool.Parse(flag);

        if (configuration.GetConnectionString(PostgresConnectionStringName) is { Length: > 0 } postgres)
        {
            return new DatabaseSettings(DatabaseProvider.PostgreSql, postgres, migrate);
        }

        if (configuration[DatabaseUrlVariable] is { Length: > 0 } url)
        {
            return new DatabaseSettings(DatabaseProvider.PostgreSql, FromDatabaseUrl(url), migrate);
        }

        var sqlite = configuration.GetConnectionString(SqliteConnectionStringName) is { Length: > 0 } configured
            ? configured
            : DefaultSqliteConnectionString;
        return new DatabaseSettings(DatabaseProvider.Sqlite, sqlite, migrate);
    }

    /// <summary>
    /// Turns the URL that hosting providers hand out (<c>postgres://user:pass@host:5432/db?sslmode=require</c>)
    /// into an Npgsql connection string. Unknown query options fail here, at start-up, not at the first query.
    /// </summary>
    public static string FromDatabaseUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new FormatException($"{DatabaseUrlVariable} must look like postgres://user:password@host:5432/database.");
        }

        var credentials = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.Port > 0 ? uri.Port : 5432,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = Uri.UnescapeDataString(credentials[0]),
            Password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null,
        };

        var query = uri.Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            if (key.Equals("sslmode", StringComparison.OrdinalIgnoreCase))
            {
                // libpq spells modes with hyphens (verify-full); Npgsql's enum does not.
                builder.SslMode = Enum.Parse<SslMode>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
            }
            else
            {
                builder[key] = value;
            }
        }

        return builder.ConnectionString;
    }
}
