using System.Linq.Expressions;
using TimeTracking.Domain.Time;

namespace TimeTracking.Domain.Tasks;

/// <summary>
/// Something a user spends time on: created running, stopped at most once, never before it started.
/// Instants are kept in UTC.
/// </summary>
public sealed class TrackedTask
{
    public const int MaxDescriptionLength = 1000;

    private TrackedTask(long userId, string description, DateTimeOffset startTime)
    {
        UserId = userId;
        Description = description;
        StartTime = startTime;
    }

    public long Id { get; private set; }

    public long UserId { get; private set; }

    public string Description { get; private set; }

    public DateTimeOffset StartTime { get; private set; }

    public DateTimeOffset? EndTime { get; private set; }

    public bool IsRunning => EndTime is null;

    public static TrackedTask Start(long userId, string description, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(description.Length, MaxDescriptionLength, nameof(description));

        return new TrackedTask(userId, description, at.ToUniversalTime());
    }

    public void Stop(DateTimeOffset at)
    {
        if (EndTime is { } stoppedAt)
        {
            throw new TaskAlreadyStoppedException(Id, stoppedAt);
        }

        if (at < StartTime)
        {
            throw new TaskStopBeforeStartException(Id, StartTime, at);
        }

        EndTime = at.ToUniversalTime();
    }

    /// <summary>All the time this task has taken so far: a running task counts up to <paramref name="now"/>.</summary>
    public TimeSpan TimeSpent(DateTimeOffset now)
    {
        var end = EndTime ?? now;
        return end > StartTime ? end - StartTime : TimeSpan.Zero;
    }

    /// <summary>
    /// The part of this task that falls inside <paramref name="window"/>; a running task counts up to
    /// <paramref name="now"/>. Never negative.
    /// </summary>
    public TimeSpan TimeSpentWithin(TimeWindow window, DateTimeOffset now)
    {
        var from = StartTime > window.Start ? StartTime : window.Start;
        var end = EndTime ?? now;
        var to = end < window.End ? end : window.End;
        return to > from ? to - from : TimeSpan.Zero;
    }

    /// <summary>
    /// Whether a task belongs to <paramref name="window"/>: it started inside it, or it was still going when the
    /// window began (a running task goes on until <paramref name="now"/>, so it is absent from days still to come).
    /// An expression, so a database can evaluate the same rule.
    /// </summary>
    public static Expression<Func<TrackedTask, bool>> BelongsTo(TimeWindow window, DateTimeOffset now)
    {
        var start = window.Start;
        var end = window.End;
        return task => task.StartTime < end
            && (task.StartTime >= start || (task.EndTime ?? now) > start);
    }
}
