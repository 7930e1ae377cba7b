namespace TimeTracking.Application.Idempotency;

/// <summary>
/// One idempotency key as stored: whose it is (<see cref="Scope"/>), what request it was first used for
/// (<see cref="Fingerprint"/>), and either who is working on it until when (<see cref="LeaseToken"/>,
/// <see cref="LockedUntil"/>) or the answer it produced (<see cref="Response"/>).
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The caller the key belongs to: its user id, or <see cref="IdempotencyScope.Anonymous"/>.</summary>
    public required long Scope { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the request's content (<see cref="IdempotencyFingerprint"/>), in lowercase hex.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>Names the attempt that holds (or held) the key; a takeover gives it a new one.</summary>
    public required Guid LeaseToken { get; init; }

    /// <summary>While the request is in flight: when its lease runs out and another attempt may take over. Null once completed.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>When the key is forgotten: after it, the key is as good as unused, and the purge deletes it.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The serialised answer of the request once it succeeded; null while in flight.</summary>
    public string? Response { get; init; }

    public bool IsCompleted => Response is not null;
}
