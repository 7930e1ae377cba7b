using Mediator;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.Behaviors;

/// <summary>
/// Runs every command's handler in one transaction, retried as a whole on transient database failures
/// (<see cref="IUnitOfWork.ExecuteInTransactionAsync{T}"/>). Queries pass through: they write nothing, and the
/// database layer retries them by itself.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        await unitOfWork.ExecuteInTransactionAsync(attemptCancellation => next(message, attemptCancellation), cancellationToken);
}
