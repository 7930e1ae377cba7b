namespace TimeTracking.Application.Abstractions;

/// <summary>Who sent the message being handled, as the host established it.</summary>
public interface ICurrentUser
{
    /// <summary>The caller's user id, or null when the host does not authenticate callers (the seed's open contract).</summary>
    long? Id { get; }

    /// <summary>
    /// Whether the caller may act for any user: an administrator, or anybody at all when callers are not authenticated.
    /// </summary>
    bool MayActForAnyUser { get; }
}
