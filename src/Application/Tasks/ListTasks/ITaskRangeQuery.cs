using System.Diagnostics.CodeAnalysis;

namespace TimeTracking.Application.Tasks.ListTasks;

/// <summary>
/// What both listings ask for: a user's tasks over an inclusive range of calendar days as lived in a zone. The
/// caller's tasks when <see cref="UserId"/> is null; dates are <c>yyyy-MM-dd</c>; <see cref="TimeZone"/> is an IANA
/// id, UTC when null.
/// </summary>
public interface ITaskRangeQuery
{
    long? UserId { get; }

    string From { get; }

    [SuppressMessage("Naming", "CA1716", Justification = "The contract's query parameter is named to; its error key follows the name.")]
    string To { get; }

    string? TimeZone { get; }
}
