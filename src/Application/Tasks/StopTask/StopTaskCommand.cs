using Mediator;

namespace TimeTracking.Application.Tasks.StopTask;

/// <summary>Stops a running task's timer, now.</summary>
public sealed record StopTaskCommand(long Id) : ICommand<TaskReference>;
