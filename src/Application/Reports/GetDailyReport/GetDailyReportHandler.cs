using Mediator;
using TimeTracking.Application.Abstractions;
using TimeTracking.Application.Authorization;
using TimeTracking.Application.Common;
using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;

namespace TimeTracking.Application.Reports.GetDailyReport;

public sealed class GetDailyReportHandler(ITaskRepository tasks, ICurrentUser caller, TimeProvider clock)
    : IQueryHandler<GetDailyReportQuery, IReadOnlyList<DayTotal>>
{
    public async ValueTask<IReadOnlyList<DayTotal>> Handle(GetDailyReportQuery query, CancellationToken cancellationToken)
    {
        var userId = caller.ActingUserId(query.UserId);
        var zone = CalendarInput.FindTimeZone(query.TimeZone);
        var from = CalendarInput.ParseDate(query.From);
        var to = CalendarInput.ParseDate(query.To);
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1)
            .Select(offset => from.AddDays(offset))
            .Select(date => (Date: date, Window: TimeWindow.ForDay(date, zone)))
            .ToList();
        var now = clock.GetUtcNow();

        // One query for the whole range: a task that belongs to one of its days belongs to the range as well.
        var range = new TimeWindow(days[0].Window.Start, days[^1].Window.End);
        var inRange = await tasks.ListForWindowAsync(userId, range, now, cancellationToken);

        return [.. days.Select(day => Total(day.Date, day.Window, inRange, now))];
    }

    /// <summary>What <c>/times</c> answers for the day, added up: the tasks it lists, each clamped to the day.</summary>
    private static DayTotal Total(DateOnly date, TimeWindow day, IReadOnlyList<TrackedTask> inRange, DateTimeOffset now)
    {
        var onDay = inRange.Where(task => task.IsIn(day, now)).ToList();
        var spent = onDay.Aggregate(TimeSpan.Zero, (sum, task) => sum + task.TimeSpentWithin(day, now));
        return new DayTotal(date, spent.TotalSeconds, onDay.Count);
    }
}
