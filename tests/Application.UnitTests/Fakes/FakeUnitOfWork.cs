using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.UnitTests.Fakes;

internal sealed class FakeUnitOfWork(InMemoryTaskRepository tasks) : IUnitOfWork
{
    public int SaveCount { get; private set; }

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        tasks.SavePending();
        SaveCount++;
        return Task.CompletedTask;
    }
}
