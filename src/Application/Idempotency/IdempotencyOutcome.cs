namespace TimeTracking.Application.Idempotency;

/// <summary>
/// What the idempotency behaviour did with the current request, for the host to tell the client (one per request scope).
/// </summary>
public sealed class IdempotencyOutcome
{
    /// <summary>True when the answer is the stored answer of an earlier request with the same key, not a new effect.</summary>
    public bool IsReplay { get; internal set; }
}
