using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// Network failures injected where a real one could strike: before the task's INSERT could be sent (the connection was
/// refused), while it is sent, after it ran but before its answer arrived, just before a COMMIT, or just after a COMMIT
/// landed but before its answer arrived. Each fault fires as often as the test says.
/// </summary>
public sealed class DatabaseFaults
{
    private int _refusedInserts;
    private int _insertFailures;
    private int _lostInsertAnswers;
    private int _beforeCommitFailures;
    private int _afterCommitFailures;
    private int _insertsSent;

    public int InsertsAttempted => Volatile.Read(ref _insertsSent);

    public IInterceptor[] Interceptors => [new CommandFaults(this), new CommitFaults(this)];

    public void RefuseTaskInserts(int times) => _refusedInserts = times;

    public void FailTaskInserts(int times) => _insertFailures = times;

    public void LoseTaskInsertAnswers(int times) => _lostInsertAnswers = times;

    public void FailBeforeCommit(int times) => _beforeCommitFailures = times;

    public void FailAfterCommit(int times) => _afterCommitFailures = times;

    /// <summary>What Npgsql throws when the connection breaks: transient, so the execution strategy may retry it.</summary>
    private static NpgsqlException NetworkFailure() =>
        new("Exception while reading from stream (simulated)", new IOException("Connection reset by peer (simulated)"));

    /// <summary>What Npgsql throws when no connection could be opened: nothing was sent.</summary>
    private static NpgsqlException ConnectionRefused() =>
        new("Failed to connect to 127.0.0.1:5432 (simulated)", new SocketException((int)SocketError.ConnectionRefused));

    private static bool Take(ref int remaining) => Interlocked.Decrement(ref remaining) >= 0;

    private sealed class CommandFaults(DatabaseFaults faults) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (IsTaskInsert(command))
            {
                if (Take(ref faults._refusedInserts))
                {
                    throw ConnectionRefused();
                }

                Interlocked.Increment(ref faults._insertsSent);
                if (Take(ref faults._insertFailures))
                {
                    throw NetworkFailure();
                }
            }

            return ValueTask.FromResult(result);
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
            IsTaskInsert(command) && Take(ref faults._lostInsertAnswers) ? throw NetworkFailure() : ValueTask.FromResult(result);

        private static bool IsTaskInsert(DbCommand command) =>
            command.CommandText.Contains("INSERT INTO tasks", StringComparison.Ordinal);
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
