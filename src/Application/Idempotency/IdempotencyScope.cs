using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.Idempotency;

/// <summary>Whose keys a key is among: each caller has its own, so two callers can never collide or see each other's answers.</summary>
public static class IdempotencyScope
{
    /// <summary>The scope of callers the host does not identify (the open mode); user ids are positive, so it is nobody's.</summary>
    public const long Anonymous = 0;

    public static long Of(ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Id ?? Anonymous;
    }
}
