using Microsoft.EntityFrameworkCore;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Exceptions;

namespace TimeTracking.Infrastructure.Persistence;

internal sealed class UnitOfWork(TimeTrackingDbContext db) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            throw new ConcurrencyConflictException("Another request changed this task first; it was not changed.", exception);
        }
    }

    public async Task<T> ExecuteSingleWriteAsync<T>(
        Func<CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (db.Database.CurrentTransaction is not null)
        {
            return await operation(cancellationToken);
        }

        // The strategy retries only what reaches it as transient: failures that prove nothing reached the database.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async attemptCancellation =>
            {
                db.ChangeTracker.Clear();
                try
                {
                    return await operation(attemptCancellation);
                }
                catch (Exception exception) when (DatabaseFailures.IsUnavailable(exception) && !DatabaseFailures.NeverReached(exception))
                {
                    // Without a transaction, the statement commits as it runs: once sent, it may have taken effect.
                    throw new CommitOutcomeUnknownException(exception);
                }
            },
            cancellationToken);
    }

    public async Task<T> ExecuteInTransactionAsync<T>(
        Func<CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (db.Database.CurrentTransaction is not null)
        {
            return await operation(cancellationToken);
        }

        // The strategy runs the whole delegate again after a transient failure (PostgreSQL; SQLite never retries).
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async attemptCancellation =>
            {
                db.ChangeTracker.Clear(); // Nothing a failed attempt tracked may leak into the next.

                // A failed attempt is retried whole, so the savepoint EF would set before each SaveChanges inside a
                // transaction (a round trip to PostgreSQL, and one more to release it) buys nothing.
                db.Database.AutoSavepointsEnabled = false;
                await using var transaction = await db.Database.BeginTransactionAsync(attemptCancellation);
                var result = await operation(attemptCancellation);
                try
                {
                    await transaction.CommitAsync(attemptCancellation);
                }
                catch (Exception exception) when (DatabaseFailures.IsUnavailable(exception))
                {
                    // The COMMIT may have reached the database before the connection failed: retrying could make the
                    // writes twice, so the caller hears that the outcome is unknown instead.
                    throw new CommitOutcomeUnknownException(exception);
                }

                return result;
            },
            cancellationToken);
    }
}
