using System.Text.Json.Serialization;
using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.Application.Tasks.StartTask;

/// <summary>Starts a task's timer now, for <paramref name="UserId"/> or, when it is null, for the caller.</summary>
public sealed record StartTaskCommand(long? UserId, string Description) : ICommand<TaskReference>, IIdempotentCommand, ISingleWriteCommand
{
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}
