namespace TimeTracking.Application.Abstractions;

/// <summary>
/// A place in a listing ordered by start time, then id: a keyset, so the next page starts after it whatever was
/// inserted or removed before it meanwhile.
/// </summary>
public readonly record struct TaskPosition(DateTimeOffset StartTime, long Id);
