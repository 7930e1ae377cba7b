using Mediator;

namespace TimeTracking.Application.Tasks.CorrectTask;

/// <summary>
/// Corrects a task's description or times; a null field keeps what is stored. When
/// <paramref name="ExpectedVersions"/> is given, the task must still be at one of those versions (an
/// <c>If-Match</c> precondition); an empty list matches nothing.
/// </summary>
public sealed record CorrectTaskCommand(
    long Id,
    string? Description,
    DateTimeOffset? StartTime,
    DateTimeOffset? EndTime,
    IReadOnlyCollection<int>? ExpectedVersions = null) : ICommand<VersionedTask>;
