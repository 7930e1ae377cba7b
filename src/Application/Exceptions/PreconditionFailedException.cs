namespace TimeTracking.Application.Exceptions;

/// <summary>The stored resource is no longer the version the request was made against.</summary>
public sealed class PreconditionFailedException(string message, Exception? innerException = null)
    : Exception(message, innerException);
