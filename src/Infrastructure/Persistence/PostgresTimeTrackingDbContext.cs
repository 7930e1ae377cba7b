using Microsoft.EntityFrameworkCore;

namespace TimeTracking.Infrastructure.Persistence;

/// <summary>PostgreSQL: instants are <c>timestamptz</c>, which Npgsql maps to UTC <see cref="DateTimeOffset"/>.</summary>
public sealed class PostgresTimeTrackingDbContext(DbContextOptions<PostgresTimeTrackingDbContext> options)
    : TimeTrackingDbContext(options);
