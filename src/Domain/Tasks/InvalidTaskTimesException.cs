namespace TimeTracking.Domain.Tasks;

/// <summary>
/// Times entered by hand that no task can have: an end before the start, or an instant in the future. The caller
/// sent them, so this is bad input, unlike <see cref="Common.DomainException"/>, which is a clash with stored state.
/// </summary>
public sealed class InvalidTaskTimesException(string property, string message) : Exception(message)
{
    /// <summary>The <see cref="TrackedTask"/> property the times were meant for.</summary>
    public string Property { get; } = property;
}
