using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Authorization;
using TimeTracking.Application.Common;
using TimeTracking.Domain.Time;

namespace TimeTracking.Application.Tasks.ListTasks;

/// <summary>A validated <see cref="ITaskRangeQuery"/> resolved: whose tasks, and which instants.</summary>
internal readonly record struct TaskRange(long UserId, TimeWindow Window, TimeZoneInfo Zone)
{
    /// <summary>
    /// From the local midnight that starts <see cref="ITaskRangeQuery.From"/> to the one that ends
    /// <see cref="ITaskRangeQuery.To"/>: the days <c>/times</c> answers for, laid end to end. Throws
    /// <see cref="Exceptions.ForbiddenException"/> for somebody else's tasks.
    /// </summary>
    public static TaskRange For(ITaskRangeQuery query, ICurrentUser caller)
    {
        var userId = caller.ActingUserId(query.UserId);
        var zone = CalendarInput.FindTimeZone(query.TimeZone);
        var first = TimeWindow.ForDay(CalendarInput.ParseDate(query.From), zone);
        var last = TimeWindow.ForDay(CalendarInput.ParseDate(query.To), zone);
        return new TaskRange(userId, new TimeWindow(first.Start, last.End), zone);
    }
}
