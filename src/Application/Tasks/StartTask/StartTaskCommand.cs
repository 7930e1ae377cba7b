using Mediator;

namespace TimeTracking.Application.Tasks.StartTask;

/// <summary>Starts a task's timer now, for <paramref name="UserId"/> or, when it is null, for the caller.</summary>
public sealed record StartTaskCommand(long? UserId, string Description) : ICommand<TaskReference>;
