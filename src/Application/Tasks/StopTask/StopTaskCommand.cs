using System.Text.Json.Serialization;
using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.Application.Tasks.StopTask;

/// <summary>Stops a running task's timer, now.</summary>
public sealed record StopTaskCommand(long Id) : ICommand<TaskReference>, IIdempotentCommand, ISingleWriteCommand
{
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}
