namespace TimeTracking.Application.Exceptions;

/// <summary>A write lost a race: the row changed between reading it and writing it.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? innerException = null)
    : Exception(message, innerException);
