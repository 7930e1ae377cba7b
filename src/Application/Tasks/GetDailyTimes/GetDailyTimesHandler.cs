using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Authorization;
using TimeTracking.Application.Common;
using TimeTracking.Domain.Time;

namespace TimeTracking.Application.Tasks.GetDailyTimes;

public sealed class GetDailyTimesHandler(ITaskRepository tasks, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<GetDailyTimesQuery, IReadOnlyList<TaskTime>>
{
    public async ValueTask<IReadOnlyList<TaskTime>> Handle(GetDailyTimesQuery query, CancellationToken cancellationToken)
    {
        var userId = caller.ActingUserId(query.UserId);
        var day = TimeWindow.ForDay(CalendarInput.ParseDate(query.Date), CalendarInput.FindTimeZone(query.TimeZone));
        var now = clock.GetUtcNow();

        var onDay = await tasks.ListForWindowAsync(userId, day, now, cancellationToken);
        return [.. onDay.Select(task => task.ToTaskTime(task.TimeSpentWithin(day, now).TotalSeconds))];
    }
}
