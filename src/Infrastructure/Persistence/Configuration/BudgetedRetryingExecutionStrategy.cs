using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace TimeTracking.Infrastructure.Persistence.Configuration;

/// <summary>
/// Npgsql's retrying strategy (transient errors: connection refused or reset, timeouts, too many connections...),
/// on a time budget: a retry is only started within <see cref="RetryWindow"/> of the first attempt, so a request
/// to a database that stays away still fails within 5 s (one more attempt takes at most the 3 s connect timeout).
/// </summary>
internal sealed class BudgetedRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, LongestDelay, errorCodesToAdd: null)
{
    public static readonly TimeSpan RetryWindow = TimeSpan.FromSeconds(1.5);
    private const int MaxRetries = 4;
    private static readonly TimeSpan LongestDelay = TimeSpan.FromSeconds(1);

    private long _firstAttemptStarted;

    protected override void OnFirstExecution()
    {
        base.OnFirstExecution();
        _firstAttemptStarted = Stopwatch.GetTimestamp();
    }

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        base.GetNextDelay(lastException) is { } delay && Stopwatch.GetElapsedTime(_firstAttemptStarted) + delay <= RetryWindow
            ? delay
            : null;
}
