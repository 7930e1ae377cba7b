using Mediator;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.Behaviors;

/// <summary>
/// Runs every command's handler in one transaction, retried as a whole on transient database failures
/// (<see cref="IUnitOfWork.ExecuteInTransactionAsync{T}"/>); a command whose one write is atomic on its own
/// (<see cref="ISingleWriteCommand"/>) runs without one (<see cref="IUnitOfWork.ExecuteSingleWriteAsync{T}"/>). Queries
/// pass through: they write nothing, and the database layer retries them by itself.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        message is ISingleWriteCommand
            ? await unitOfWork.ExecuteSingleWriteAsync(attemptCancellation => next(message, attemptCancellation), cancellationToken)
            : await unitOfWork.ExecuteInTransactionAsync(attemptCancellation => next(message, attemptCancellation), cancellationToken);
}
