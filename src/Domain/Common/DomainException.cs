namespace TimeTracking.Domain.Common;

/// <summary>A request that contradicts the current state of the domain, such as stopping a stopped task.</summary>
public abstract class DomainException(string message) : Exception(message);
