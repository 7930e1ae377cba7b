using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.Application.UnitTests.Fakes;

/// <summary>A store over a dictionary with the database's semantics: (scope, key) unique, conditional writes.</summary>
internal sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly Dictionary<(long Scope, string Key), IdempotencyRecord> _records = [];

    public IReadOnlyCollection<IdempotencyRecord> Records => _records.Values;

    public int ReleaseCount { get; private set; }

    public IdempotencyRecord? this[long scope, string key] => _records.GetValueOrDefault((scope, key));

    public Task<bool> TryInsertAsync(IdempotencyRecord record, CancellationToken cancellationToken) =>
        Task.FromResult(_records.TryAdd((record.Scope, record.Key), record));

    public Task<IdempotencyRecord?> FindAsync(long scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(this[scope, key]);

    public Task<bool> TryReplaceAsync(IdempotencyRecord observed, IdempotencyRecord replacement, CancellationToken cancellationToken)
    {
        var stored = this[observed.Scope, observed.Key];
        if (stored is null || stored.LeaseToken != observed.LeaseToken || stored.IsCompleted != observed.IsCompleted)
        {
            return Task.FromResult(false);
        }

        _records[(observed.Scope, observed.Key)] = replacement;
        return Task.FromResult(true);
    }

    public Task<bool> TryCompleteAsync(IdempotencyRecord claim, string response, CancellationToken cancellationToken)
    {
        if (!IsInFlightUnder(claim))
        {
            return Task.FromResult(false);
        }

        _records[(claim.Scope, claim.Key)] = new IdempotencyRecord
        {
            Scope = claim.Scope,
            Key = claim.Key,
            Fingerprint = claim.Fingerprint,
            LeaseToken = claim.LeaseToken,
            ExpiresAt = claim.ExpiresAt,
            Response = response,
        };
        return Task.FromResult(true);
    }

    public Task ReleaseAsync(IdempotencyRecord claim, CancellationToken cancellationToken)
    {
        ReleaseCount++;
        if (IsInFlightUnder(claim))
        {
            _records.Remove((claim.Scope, claim.Key));
        }

        return Task.CompletedTask;
    }

    public Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expired = _records.Where(pair => pair.Value.ExpiresAt <= now).Select(pair => pair.Key).ToList();
        expired.ForEach(key => _records.Remove(key));
        return Task.FromResult(expired.Count);
    }

    /// <summary>Stores a record as another request (or a crashed one) left it.</summary>
    public void Seed(IdempotencyRecord record) => _records[(record.Scope, record.Key)] = record;

    private bool IsInFlightUnder(IdempotencyRecord claim) =>
        this[claim.Scope, claim.Key] is { IsCompleted: false } stored && stored.LeaseToken == claim.LeaseToken;
}
