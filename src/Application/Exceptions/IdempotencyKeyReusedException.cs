namespace TimeTracking.Application.Exceptions;

/// <summary>An idempotency key that the caller already used for a request with different content.</summary>
public sealed class IdempotencyKeyReusedException()
    : Exception("This Idempotency-Key was already used for a different request; use a new key for a new request.");
