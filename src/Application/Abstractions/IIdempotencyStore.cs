using TimeTracking.Application.Idempotency;

namespace TimeTracking.Application.Abstractions;

/// <summary>
/// Where idempotency keys live: shared by every instance of the API, one record per (scope, key), which the store
/// guarantees with a unique constraint. Every method is a single statement; none reads and then writes.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Inserts the record, committed at once, unless one with its scope and key exists: then false.</summary>
    Task<bool> TryInsertAsync(IdempotencyRecord record, CancellationToken cancellationToken);

    Task<IdempotencyRecord?> FindAsync(long scope, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Overwrites the stored record with <paramref name="replacement"/>, committed at once, but only if it is still
    /// as <paramref name="observed"/> (same lease token, same completion); false when someone changed it first.
    /// </summary>
    Task<bool> TryReplaceAsync(IdempotencyRecord observed, IdempotencyRecord replacement, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="response"/> as the answer of the request that holds <paramref name="claim"/>'s lease,
    /// within the transaction in progress. False when the lease was lost (taken over): the transaction must not commit.
    /// </summary>
    Task<bool> TryCompleteAsync(IdempotencyRecord claim, string response, CancellationToken cancellationToken);

    /// <summary>Deletes the record if it is still in flight under <paramref name="claim"/>'s lease.</summary>
    Task ReleaseAsync(IdempotencyRecord claim, CancellationToken cancellationToken);

    /// <summary>Deletes every record that expired at or before <paramref name="now"/>; answers how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
