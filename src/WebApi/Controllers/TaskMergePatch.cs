using FluentValidation;
using FluentValidation.Results;
using TimeTracking.Application.Tasks.CorrectTask;

namespace TimeTracking.WebApi.Controllers;

/// <summary>
/// The body of <c>PATCH /tasks/{id}</c>, a JSON merge patch (RFC 7396): each member sent replaces the stored value,
/// members left out keep theirs. A member sent as null asks to remove the value, which no field of a task allows.
/// </summary>
public sealed class TaskMergePatch
{
    private readonly List<string> _removed = [];

    /// <summary>The new description.</summary>
    public string? Description { get; init => field = Kept(value, nameof(Description)); }

    /// <summary>The new start, an instant with its offset.</summary>
    public DateTimeOffset? StartTime { get; init => field = Kept(value, nameof(StartTime)); }

    /// <summary>The new end, an instant with its offset; sending one for a running task stops it then.</summary>
    public DateTimeOffset? EndTime { get; init => field = Kept(value, nameof(EndTime)); }

    /// <summary>The correction this patch asks for; throws a validation error for members it tries to remove.</summary>
    public CorrectTaskCommand ToCommand(long id, IReadOnlyCollection<int>? expectedVersions)
    {
        if (_removed.Count > 0)
        {
            throw new ValidationException(_removed.Select(property =>
                new ValidationFailure(property, "A task cannot be without this field: send a value, or leave the member out.")));
        }

        return new CorrectTaskCommand(id, Description, StartTime, EndTime, expectedVersions);
    }

    // The serializer calls a setter only for members present in the JSON, so a null here was sent as null.
    private T Kept<T>(T value, string property)
    {
        if (value is null)
        {
            _removed.Add(property);
        }

        return value;
    }
}
