namespace TimeTracking.Application.Abstractions;

public interface IUnitOfWork
{
    /// <summary>
    /// Writes pending changes atomically. Throws <see cref="Exceptions.ConcurrencyConflictException"/> when a
    /// change was made against a row that someone else changed first.
    /// </summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="operation"/> in one database transaction and commits it: all of its writes happen or none.
    /// A transient database failure before the commit rolls the attempt back and runs the operation again, from a
    /// clean slate, while the retry budget lasts; so the operation must do nothing outside the database. A failure
    /// during the commit is not retried: it throws <see cref="Exceptions.CommitOutcomeUnknownException"/>. Inside a
    /// transaction already open, the operation simply joins it.
    /// </summary>
    Task<T> ExecuteInTransactionAsync<T>(Func<CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="operation"/>, whose one write is atomic on its own, without a transaction. It is run again
    /// only after failures that prove nothing reached the database (a connection that could not be opened), while the
    /// retry budget lasts. Once its statement may have reached the database, a lost connection throws
    /// <see cref="Exceptions.CommitOutcomeUnknownException"/>: the write may have been made, and making it again could
    /// make it twice. Inside a transaction already open, the operation simply joins it.
    /// </summary>
    Task<T> ExecuteSingleWriteAsync<T>(Func<CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken);
}
