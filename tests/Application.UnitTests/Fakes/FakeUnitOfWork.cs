using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.UnitTests.Fakes;

internal sealed class FakeUnitOfWork(InMemoryTaskRepository tasks) : IUnitOfWork
{
    public int SaveCount { get; private set; }

    public int TransactionCount { get; private set; }

    /// <summary>When set, the next commit fails with it, after the operation ran (and, for the fake, took effect).</summary>
    public Exception? FailNextCommitWith { get; set; }

    /// <summary>What a failed commit undoes, for the test to say; nothing by default.</summary>
    public Action? RollBack { get; set; }

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        tasks.SavePending();
        SaveCount++;
        return Task.CompletedTask;
    }

    public int SingleWriteCount { get; private set; }

    public async Task<T> ExecuteSingleWriteAsync<T>(Func<CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken)
    {
        SingleWriteCount++;
        return await operation(cancellationToken);
    }

    public async Task<T> ExecuteInTransactionAsync<T>(Func<CancellationToken, ValueTask<T>> operation, CancellationToken cancellationToken)
    {
        TransactionCount++;
        var result = await operation(cancellationToken);
        if (FailNextCommitWith is { } failure)
        {
            FailNextCommitWith = null;
            RollBack?.Invoke();
            throw failure;
        }

        return result;
    }
}
