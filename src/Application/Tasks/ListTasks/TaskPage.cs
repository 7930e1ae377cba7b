namespace TimeTracking.Application.Tasks.ListTasks;

/// <summary>
/// A page of a listing: its tasks, and the cursor where the next page starts, or null when this page holds the last
/// task of the range.
/// </summary>
public sealed record TaskPage(IReadOnlyList<TaskDetails> Items, string? NextCursor);
