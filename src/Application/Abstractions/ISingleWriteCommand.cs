using Mediator;

namespace TimeTracking.Application.Abstractions;

/// <summary>
/// A command whose handler changes the database in one statement, atomic on its own, so no transaction is opened
/// around it (<see cref="IUnitOfWork.ExecuteSingleWriteAsync{T}"/>): a plain track is one INSERT, a plain stop one
/// conditional UPDATE. BEGIN and COMMIT would double the round trips and hold a connection for the whole command. A
/// handler that needs several writes on some path opens its own transaction there
/// (<see cref="IUnitOfWork.ExecuteInTransactionAsync{T}"/>); with an idempotency key the command joins the key's
/// transaction.
/// </summary>
public interface ISingleWriteCommand : IBaseCommand;
