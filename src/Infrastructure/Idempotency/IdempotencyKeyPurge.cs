using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.Infrastructure.Idempotency;

/// <summary>
/// Deletes expired idempotency keys every <see cref="IdempotencyOptions.PurgeInterval"/>, so the table holds about
/// one retention period of keys. Correctness does not depend on it: an expired key is treated as unused anyway.
/// Every instance purges; the deletes are idempotent.
/// </summary>
internal sealed partial class IdempotencyKeyPurge(
    IServiceScopeFactory scopes, IdempotencyOptions options, TimeProvider clock, ILogger<IdempotencyKeyPurge> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PurgeInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<IIdempotencyStore>();
                var purged = await store.PurgeExpiredAsync(clock.GetUtcNow(), stoppingToken);
                LogPurged(logger, purged);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A database that is away now may be back at the next tick; the host must not stop for it.
                LogPurgeFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Purged {Count} expired idempotency keys")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging expired idempotency keys failed; trying again at the next interval")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
