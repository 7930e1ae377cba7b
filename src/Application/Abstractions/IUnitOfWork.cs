namespace TimeTracking.Application.Abstractions;

public interface IUnitOfWork
{
    /// <summary>
    /// Writes pending changes atomically. Throws <see cref="Exceptions.ConcurrencyConflictException"/> when a
    /// change was made against a row that someone else changed first.
    /// </summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
