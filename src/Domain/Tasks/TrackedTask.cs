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
    /// An expression, so a database can evaluate the same rule; <see cref="IsIn"/> evaluates it in memory.
    /// </summary>
    public static Expression<Func<TrackedTask, bool>> BelongsTo(TimeWindow window, DateTimeOffset now)
    {
        // Bound to captured variables rather than constants, so a database sees query parameters and reuses its plan.
        var start = window.Start;
        var end = window.End;
        Expression<Func<DateTimeOffset>> startValue = () => start;
        Expression<Func<DateTimeOffset>> endValue = () => end;
        Expression<Func<DateTimeOffset>> nowValue = () => now;
        var bound = new ParameterBinder(new Dictionary<ParameterExpression, Expression>
        {
            [BelongsRule.Parameters[1]] = startValue.Body,
            [BelongsRule.Parameters[2]] = endValue.Body,
            [BelongsRule.Parameters[3]] = nowValue.Body,
        }).Visit(BelongsRule.Body);
        return Expression.Lambda<Func<TrackedTask, bool>>(bound, BelongsRule.Parameters[0]);
    }

    /// <summary>
    /// <see cref="BelongsTo"/> evaluated in memory, from the same rule compiled once: cheap enough to ask for every
    /// day of a long range.
    /// </summary>
    public bool IsIn(TimeWindow window, DateTimeOffset now) => BelongsCheck(this, window.Start, window.End, now);

    /// <summary>The one statement of the rule, with the window's bounds and now as parameters.</summary>
    private static readonly Expression<Func<TrackedTask, DateTimeOffset, DateTimeOffset, DateTimeOffset, bool>> BelongsRule =
        (task, start, end, now) => task.StartTime < end && (task.StartTime >= start || (task.EndTime ?? now) > start);

    private static readonly Func<TrackedTask, DateTimeOffset, DateTimeOffset, DateTimeOffset, bool> BelongsCheck =
        BelongsRule.Compile();

    private sealed class ParameterBinder(Dictionary<ParameterExpression, Expression> values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            values.TryGetValue(node, out var value) ? value : node;
    }
}
