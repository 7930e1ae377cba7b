using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");

        // The key is unique per caller: of two requests claiming it at once, the database lets exactly one insert.
        builder.HasKey(record => new { record.Scope, record.Key });
        builder.Property(record => record.Key).HasMaxLength(IdempotencyKeys.MaxLength);
        builder.Property(record => record.Fingerprint).HasMaxLength(64).IsFixedLength();

        // The purge deletes by expiry.
        builder.HasIndex(record => record.ExpiresAt);

        builder.Ignore(record => record.IsCompleted);
    }
}
