namespace TimeTracking.Application.Exceptions;

/// <summary>Another request with the same idempotency key is being processed right now.</summary>
public sealed class IdempotencyKeyInFlightException()
    : Exception("A request with this Idempotency-Key is still being processed; retry it with the same key once it has finished.");
