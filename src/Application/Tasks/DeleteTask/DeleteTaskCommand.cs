using Mediator;

namespace TimeTracking.Application.Tasks.DeleteTask;

/// <summary>Removes a task, running or stopped, if the caller may act on it.</summary>
public sealed record DeleteTaskCommand(long Id) : ICommand;
