using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// Network failures injected where a real one could strike: when the task's INSERT is sent, just before a COMMIT,
/// or just after a COMMIT landed but before its answer arrived. Each fault fires as often as the test says.
/// </summary>
public sealed class DatabaseFaults
{
    private int _insertFailures;
    private int _beforeCommitFailures;
    private int _afterCommitFailures;
    private int _insertsSent;

    public int InsertsAttempted => Volatile.Read(ref _insertsSent);

    public IInterceptor[] Interceptors => [new CommandFaults(this), new CommitFaults(this)];

    public void FailTaskInserts(int times) => _insertFailures = times;

    public void FailBeforeCommit(int times) => _beforeCommitFailures = times;

    public void FailAfterCommit(int times) => _afterCommitFailures = times;

    /// <summary>What Npgsql throws when the connection breaks: transient, so the execution strategy may retry it.</summary>
    private static NpgsqlException NetworkFailure() =>
        new("Exception while reading from stream (simulated)", new IOException("Connection reset by peer (simulated)"));

    private static bool Take(ref int remaining) => Interlocked.Decrement(ref remaining) >= 0;

    private sealed class CommandFaults(DatabaseFaults faults) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO tasks", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref faults._insertsSent);
                if (Take(ref faults._insertFailures))
                {
                    throw NetworkFailure();
                }
            }

            return ValueTask.FromResult(result);
        }
    }

    private sealed class CommitFaults(DatabaseFaults faults) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult> TransactionCommittingAsync(
            DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            Take(ref faults._beforeCommitFailures) ? throw NetworkFailure() : ValueTask.FromResult(result);

        public override Task TransactionCommittedAsync(
            DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
            Take(ref faults._afterCommitFailures) ? throw NetworkFailure() : Task.CompletedTask;
    }
}
