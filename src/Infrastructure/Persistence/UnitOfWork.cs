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
}
