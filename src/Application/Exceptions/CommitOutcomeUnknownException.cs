namespace TimeTracking.Application.Exceptions;

/// <summary>
/// The database connection failed while a transaction was committing: the writes may or may not have been made.
/// Retrying blindly could make them twice, so this is reported, not retried.
/// </summary>
public sealed class CommitOutcomeUnknownException(Exception innerException)
    : Exception("The commit failed in a way that leaves its outcome unknown.", innerException);
