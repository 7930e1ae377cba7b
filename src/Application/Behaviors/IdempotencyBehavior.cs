using System.Text.Json;
using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Exceptions;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.Application.Behaviors;

/// <summary>
/// Makes a command that carries an idempotency key take effect at most once per caller and key, and answers its
/// repeats with the first answer (the IETF draft "The Idempotency-Key HTTP Header Field"). Other messages, and
/// commands sent without a key, pass straight through.
/// </summary>
/// <remarks>
/// <para>Phase 1 claims the key in its own statement, committed at once, so that a concurrent repeat sees it in
/// flight: an insert guarded by the store's unique (scope, key) constraint; when the key exists, what is stored
/// decides: other content → <see cref="IdempotencyKeyReusedException"/>; completed → replay; in flight under a live
/// lease → <see cref="IdempotencyKeyInFlightException"/>; a lease that ran out (its owner died) or a key past its
/// retention → taken over by a compare-and-set.</para>
/// <para>Phase 2 runs the handler and stores its answer in one transaction, so the effect and the stored answer
/// exist together or not at all. A handler that fails stores nothing and releases the key: a retry runs anew. Only
/// successes are replayed.</para>
/// </remarks>
public sealed class IdempotencyBehavior<TMessage, TResponse>(
    IIdempotencyStore store,
    IUnitOfWork unitOfWork,
    ICurrentUser caller,
    IdempotencyOutcome outcome,
    IdempotencyOptions options,
    TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IIdempotentCommand
{
    // Each pass ends in a decision unless the record changed under it (released, purged, taken over); a few passes
    // settle any race, and a key that keeps changing that fast is, for the caller, in flight.
    private const int MaxClaimPasses = 3;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message.IdempotencyKey is not { } key)
        {
            return await next(message, cancellationToken);
        }

        var claim = await ClaimAsync(IdempotencyScope.Of(caller), key, IdempotencyFingerprint.Of(message), cancellationToken);
        if (claim.IsCompleted)
        {
            outcome.IsReplay = true;
            return Deserialize(claim.Response!);
        }

        try
        {
            return await unitOfWork.ExecuteInTransactionAsync(
                async attemptCancellation =>
                {
                    var response = await next(message, attemptCancellation);
                    if (!await store.TryCompleteAsync(claim, JsonSerializer.Serialize(response), attemptCancellation))
                    {
                        // Our lease ran out and a repeat took the key over: it will answer; this attempt must not count.
                        throw new IdempotencyKeyInFlightException();
                    }

                    return response;
                },
                cancellationToken);
        }
        catch (CommitOutcomeUnknownException)
        {
            if (await FindOwnCompletedAsync(claim) is { } stored)
            {
                return Deserialize(stored); // The commit did land: the stored answer says so.
            }

            await ReleaseQuietlyAsync(claim);
            throw;
        }
        catch (Exception exception) when (exception is not IdempotencyKeyInFlightException)
        {
            await ReleaseQuietlyAsync(claim);
            throw;
        }
    }

    private async Task<IdempotencyRecord> ClaimAsync(long scope, string key, string fingerprint, CancellationToken cancellationToken)
    {
        for (var pass = 0; pass < MaxClaimPasses; pass++)
        {
            var now = clock.GetUtcNow();
            var mine = new IdempotencyRecord
            {
                Scope = scope,
                Key = key,
                Fingerprint = fingerprint,
                LeaseToken = Guid.NewGuid(),
                LockedUntil = now + options.Lease,
                ExpiresAt = now + options.Retention,
            };
            if (await store.TryInsertAsync(mine, cancellationToken))
            {
                return mine;
            }

            var stored = await store.FindAsync(scope, key, cancellationToken);
            if (stored is null)
            {
                continue; // Released or purged since the insert failed: try again.
            }

            if (stored.ExpiresAt <= now)
            {
                // Past its retention the key is as good as unused, whatever it was used for.
                if (await store.TryReplaceAsync(stored, mine, cancellationToken))
                {
                    return mine;
                }

                continue;
            }

            if (stored.Fingerprint != fingerprint)
            {
                throw new IdempotencyKeyReusedException();
            }

            if (stored.IsCompleted)
            {
                return stored;
            }

            if (stored.LockedUntil > now)
            {
                throw new IdempotencyKeyInFlightException();
            }

            // Its owner has not finished within the lease and is presumed dead: take over, unless another repeat did first.
            if (await store.TryReplaceAsync(stored, mine, cancellationToken))
            {
                return mine;
            }
        }

        throw new IdempotencyKeyInFlightException();
    }

    /// <summary>After a commit whose outcome is unknown: the stored answer, if our own attempt's commit did land.</summary>
    private async Task<string?> FindOwnCompletedAsync(IdempotencyRecord claim)
    {
        try
        {
            var stored = await store.FindAsync(claim.Scope, claim.Key, CancellationToken.None);
            return stored is { IsCompleted: true } && stored.LeaseToken == claim.LeaseToken ? stored.Response : null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null; // Still unknown; the client is told to retry with the same key.
        }
    }

    /// <summary>
    /// Frees the key after a failure so that a retry runs at once. Best effort: if the database cannot be reached
    /// either, the lease runs out instead. A no-op when the commit in fact landed (the record is completed then).
    /// </summary>
    private async Task ReleaseQuietlyAsync(IdempotencyRecord claim)
    {
        try
        {
            await store.ReleaseAsync(claim, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Nothing to add to the failure being reported; the lease expires on its own.
        }
    }

    private static TResponse Deserialize(string response) =>
        JsonSerializer.Deserialize<TResponse>(response)
        ?? throw new InvalidOperationException($"A stored idempotent response is not a {typeof(TResponse).Name}.");
}
