using System.Linq.Expressions;
using TimeTracking.Domain.Time;

namespace TimeTracking.Domain.Tasks;

/// <summary>
/// Something a user spends time on: created running, stopped at most once, never before it started.
/// Instants are kept in UTC, to the microsecond (<see cref="Kept"/>).
/// </summary>
public sealed class TrackedTask
{
    public const int MaxDescriptionLength = 1000;

    /// <summary>How far past the server's clock an entered time may lie, since the clocks of clients drift.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(1);

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

    /// <summary>Goes up with every change, so a client can tell the task it read from the one stored now.</summary>
    public int Version { get; private set; } = 1;

    public bool IsRunning => EndTime is null;

    public static TrackedTask Start(long userId, string description, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(userId);
        RequireDescription(description);

        return new TrackedTask(userId, description, Kept(at));
    }

    /// <summary>
    /// A task entered after the fact: stopped at <paramref name="end"/>, or still running when there is none. Neither
    /// instant may lie in the future (beyond <see cref="FutureTolerance"/>), nor the end before the start.
    /// </summary>
    public static TrackedTask Record(
        long userId, string description, DateTimeOffset start, DateTimeOffset? end, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(userId);
        RequireDescription(description);
        RequirePossibleTimes(start, end, now);

        return new TrackedTask(userId, description, Kept(start)) { EndTime = end is { } stop ? Kept(stop) : null };
    }

    /// <summary>
    /// Corrects what was entered; a null argument keeps what is there. The times must stay possible, as for
    /// <see cref="Record"/>; a stopped task stays stopped (a new task is tracked instead).
    /// </summary>
    public void Correct(string? description, DateTimeOffset? start, DateTimeOffset? end, DateTimeOffset now)
    {
        if (description is not null)
        {
            RequireDescription(description);
        }

        var newStart = start ?? StartTime;
        var newEnd = end ?? EndTime;
        RequirePossibleTimes(newStart, newEnd, now);

        Description = description ?? Description;
        StartTime = Kept(newStart);
        EndTime = newEnd is { } stop ? Kept(stop) : null;
        Version++;
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

        EndTime = Kept(at);
        Version++;
    }

    /// <summary>
    /// <see cref="Stop"/> as a database can apply it in one conditional write, without loading the task first: the
    /// tasks that <see cref="Stop"/> accepts at <paramref name="at"/>, and the end it gives them
    /// (<see cref="StoppedAt"/>). A task the condition leaves out is one <see cref="Stop"/> would refuse; ask the loaded
    /// task why.
    /// </summary>
    public static Expression<Func<TrackedTask, bool>> StoppableAt(DateTimeOffset at)
    {
        var end = Kept(at); // A captured variable, so a database sees a parameter: kept instants compare as the entity does.
        return task => task.EndTime == null && task.StartTime <= end;
    }

    /// <summary>The end <see cref="Stop"/> gives a task stopped at <paramref name="at"/>.</summary>
    public static DateTimeOffset StoppedAt(DateTimeOffset at) => Kept(at);

    /// <summary>
    /// An instant as a task keeps it: in UTC, cut to the whole microsecond. A database keeps no finer time (PostgreSQL
    /// would round the ticks beyond it away), so a task answered straight after a write is the task read back later.
    /// Cutting never moves an instant later, nor past another, so the checks on the instants given hold for those kept.
    /// </summary>
    private static DateTimeOffset Kept(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    private static void RequireDescription(string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(description.Length, MaxDescriptionLength, nameof(description));
    }

    private static void RequirePossibleTimes(DateTimeOffset start, DateTimeOffset? end, DateTimeOffset now)
    {
        var latest = now + FutureTolerance;
        if (start > latest)
        {
            throw new InvalidTaskTimesException(nameof(StartTime), $"The start lies in the future; the server's time is {now:O}.");
        }

        if (end < start)
        {
            throw new InvalidTaskTimesException(nameof(EndTime), "The end lies before the start.");
        }

        if (end > latest)
        {
            throw new InvalidTaskTimesException(nameof(EndTime), $"The end lies in the future; the server's time is {now:O}.");
        }
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
