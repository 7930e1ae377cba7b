namespace TimeTracking.Application.Exceptions;

/// <summary>The caller asked to act for a user they may not act for.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
