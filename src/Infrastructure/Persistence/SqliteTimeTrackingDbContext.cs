using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TimeTracking.Infrastructure.Persistence;

/// <summary>
/// SQLite, the embedded default. SQLite has no instant type and EF cannot compare <see cref="DateTimeOffset"/>
/// there, so instants are stored as fixed-width ISO 8601 UTC text, whose text order is time order.
/// </summary>
public sealed class SqliteTimeTrackingDbContext(DbContextOptions<SqliteTimeTrackingDbContext> options)
    : TimeTrackingDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTextConverter>();

    private sealed class UtcTextConverter() : ValueConverter<DateTimeOffset, string>(
        instant => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        text => DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
    {
        private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    }
}
