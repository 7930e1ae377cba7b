using Mediator;

namespace TimeTracking.Application.Tasks.StartTask;

/// <summary>Starts a task's timer for a user, now.</summary>
public sealed record StartTaskCommand(long UserId, string Description) : ICommand<TaskReference>;
