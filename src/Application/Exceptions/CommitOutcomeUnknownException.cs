namespace TimeTracking.Application.Exceptions;

/// <summary>
/// The database connection failed once a change had been sent, while a transaction was committing or while a single
/// write outside one was running: the change may or may not have been made. Retrying blindly could make it twice, so
/// this is reported, not retried.
/// </summary>
public sealed class CommitOutcomeUnknownException(Exception innerException)
    : Exception("The commit failed in a way that leaves its outcome unknown.", innerException);
