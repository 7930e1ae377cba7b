using System.Text.Json.Serialization;
using Mediator;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.Application.Tasks.RecordTask;

/// <summary>
/// Enters a task after the fact: stopped at <paramref name="EndTime"/>, or running when it is null. For
/// <paramref name="UserId"/>, or the caller when it is null.
/// </summary>
public sealed record RecordTaskCommand(long? UserId, string Description, DateTimeOffset? StartTime, DateTimeOffset? EndTime = null)
    : ICommand<VersionedTask>, IIdempotentCommand
{
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}
