namespace TimeTracking.Application.Idempotency;

/// <summary>How long idempotency keys are kept and held (configuration section <c>Idempotency</c>).</summary>
public sealed record IdempotencyOptions
{
    /// <summary>How long a key is remembered after its first use; repeats after that run as new requests.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long an attempt holds a key it is working on. If it has not finished by then (its process died, say),
    /// a repeat takes the key over; the slow attempt can then no longer complete, so only one takes effect.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often expired keys are deleted.</summary>
    public TimeSpan PurgeInterval { get; init; } = TimeSpan.FromHours(1);
}
