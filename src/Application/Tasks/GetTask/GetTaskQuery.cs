using Mediator;

namespace TimeTracking.Application.Tasks.GetTask;

/// <summary>One task by id, if the caller may see it.</summary>
public sealed record GetTaskQuery(long Id) : IQuery<VersionedTask>;
