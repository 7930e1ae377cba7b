using Microsoft.Extensions.Configuration;
using Npgsql;
using TimeTracking.Infrastructure.Persistence.Configuration;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>How configuration picks the database, including the URL form hosting providers hand out.</summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void NothingConfigured_UsesTheEmbeddedSqliteFile()
    {
        var settings = DatabaseSettings.From(Configuration());

        settings.Provider.Should().Be(DatabaseProvider.Sqlite);
        settings.ConnectionString.Should().Be(DatabaseSettings.DefaultSqliteConnectionString);
        settings.MigrateOnStartup.Should().BeTrue();
    }

    [Fact]
    public void DatabaseUrl_SelectsPostgreSqlWithEveryPartOfTheUrl()
    {
        var settings = DatabaseSettings.From(Configuration(
            ("DATABASE_URL", "postgres://alice:s%40cret%3Aword@db.example.com:6543/time_tracking?sslmode=require")));

        settings.Provider.Should().Be(DatabaseProvider.PostgreSql);
        var connection = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        connection.Host.Should().Be("db.example.com");
        connection.Port.Should().Be(6543);
        connection.Database.Should().Be("time_tracking");
        connection.Username.Should().Be("alice");
        connection.Password.Should().Be("s@cret:word");
        connection.SslMode.Should().Be(SslMode.Require);
    }

    [Fact]
    public void DatabaseUrl_WithoutPort_UsesPostgresDefaultPort()
    {
        var connectionString = DatabaseSettings.FromDatabaseUrl("postgresql://bob:pw@localhost/app?sslmode=verify-full");

        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        connection.Port.Should().Be(5432);
        connection.SslMode.Should().Be(SslMode.VerifyFull);
    }

    [Theory]
    [InlineData("mysql://user:pw@host/db")]
    [InlineData("not a url")]
    public void DatabaseUrl_OfAnotherKind_IsRefusedAtStartUp(string url)
    {
        var parse = () => DatabaseSettings.FromDatabaseUrl(url);

        parse.Should().Throw<FormatException>().WithMessage("*DATABASE_URL*");
    }

    [Fact]
    public void ConnectionString_WinsOverDatabaseUrl()
    {
        var settings = DatabaseSettings.From(Configuration(
            ("ConnectionStrings:TimeTracking", "Host=primary;Database=tt"),
            ("DATABASE_URL", "postgres://u:p@other/db")));

        settings.ConnectionString.Should().Be("Host=primary;Database=tt");
    }

    [Fact]
    public void MigrateOnStartup_CanBeSwitchedOff()
    {
        var settings = DatabaseSettings.From(Configuration(("Database:MigrateOnStartup", "false")));

        settings.MigrateOnStartup.Should().BeFalse();
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}

/// <summary>The connection settings requests run with: tuned defaults, never overriding what operators wrote.</summary>
public sealed class DatabaseProvidersTests
{
    [Fact]
    public void ForRequests_TurnsOnMultiplexingAndAutoPrepareByDefault()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseProviders.ForRequests("Host=db;Database=tt"));

        tuned.Multiplexing.Should().BeTrue();
        tuned.MaxAutoPrepare.Should().Be(20);
        tuned.Timeout.Should().Be(3);
    }

    [Fact]
    public void ForRequests_KeepsWhatTheConnectionStringSays()
    {
        var tuned = new NpgsqlConnectionStringBuilder(
            DatabaseProviders.ForRequests("Host=db;Database=tt;Multiplexing=false;Max Auto Prepare=0;Timeout=30"));

        tuned.Multiplexing.Should().BeFalse();
        tuned.MaxAutoPrepare.Should().Be(0);
        tuned.Timeout.Should().Be(30);
    }

    [Fact]
    public void ForMigrations_NeverMultiplexes()
    {
        var migrations = new NpgsqlConnectionStringBuilder(DatabaseProviders.ForMigrations("Host=db;Database=tt;Multiplexing=true"));

        migrations.Multiplexing.Should().BeFalse();
    }
}
