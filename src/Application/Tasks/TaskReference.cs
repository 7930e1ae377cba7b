namespace TimeTracking.Application.Tasks;

/// <summary>The seed's answer to <c>/track</c> and <c>/stop</c>: the task's id.</summary>
public sealed record TaskReference(long Id);
