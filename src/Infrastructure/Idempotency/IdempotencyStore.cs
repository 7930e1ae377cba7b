using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Idempotency;
using TimeTracking.Infrastructure.Persistence;

namespace TimeTracking.Infrastructure.Idempotency;

/// <summary>
/// Idempotency keys in the <c>idempotency_keys</c> table, whose primary key (scope, key) settles every race:
/// each method is one statement, and the conditional ones say in their WHERE clause what they expect to find.
/// </summary>
internal sealed class IdempotencyStore(TimeTrackingDbContext db) : IIdempotencyStore
{
    public async Task<bool> TryInsertAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        // Called before the request has changed anything else, so this saves the claim alone, committed at once.
        var entry = db.IdempotencyKeys.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is DbException inner && db.IsUniqueViolation(inner))
        {
            return false;
        }
        finally
        {
            entry.State = EntityState.Detached;
        }
    }

    public Task<IdempotencyRecord?> FindAsync(long scope, string key, CancellationToken cancellationToken) =>
        db.IdempotencyKeys.AsNoTracking()
            .SingleOrDefaultAsync(record => record.Scope == scope && record.Key == key, cancellationToken);

    public async Task<bool> TryReplaceAsync(
        IdempotencyRecord observed, IdempotencyRecord replacement, CancellationToken cancellationToken)
    {
        var changed = await AsObserved(observed).ExecuteUpdateAsync(
            set => set
                .SetProperty(record => record.Fingerprint, replacement.Fingerprint)
                .SetProperty(record => record.LeaseToken, replacement.LeaseToken)
                .SetProperty(record => record.LockedUntil, replacement.LockedUntil)
                .SetProperty(record => record.ExpiresAt, replacement.ExpiresAt)
                .SetProperty(record => record.Response, replacement.Response),
            cancellationToken);
        return changed == 1;
    }

    public async Task<bool> TryCompleteAsync(IdempotencyRecord claim, string response, CancellationToken cancellationToken)
    {
        var changed = await InFlightUnder(claim).ExecuteUpdateAsync(
            set => set
                .SetProperty(record => record.Response, response)
                .SetProperty(record => record.LockedUntil, (DateTimeOffset?)null),
            cancellationToken);
        return changed == 1;
    }

    public Task ReleaseAsync(IdempotencyRecord claim, CancellationToken cancellationToken) =>
        InFlightUnder(claim).ExecuteDeleteAsync(cancellationToken);

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        db.IdempotencyKeys.Where(record => record.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);

    private IQueryable<IdempotencyRecord> InFlightUnder(IdempotencyRecord claim) =>
        db.IdempotencyKeys.Where(record => record.Scope == claim.Scope && record.Key == claim.Key
            && record.LeaseToken == claim.LeaseToken && record.Response == null);

    /// <summary>
    /// The record only while it is still as <paramref name="observed"/>: the lease token alone is not enough, because
    /// completing keeps the token, and a takeover must never overwrite an answer that landed meanwhile.
    /// </summary>
    private IQueryable<IdempotencyRecord> AsObserved(IdempotencyRecord observed)
    {
        var same = db.IdempotencyKeys.Where(record => record.Scope == observed.Scope && record.Key == observed.Key
            && record.LeaseToken == observed.LeaseToken);
        return observed.IsCompleted
            ? same.Where(record => record.Response != null)
            : same.Where(record => record.Response == null);
    }
}
