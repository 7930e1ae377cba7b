using System.Globalization;
using TimeTracking.Application.Tasks.GetDailyTimes;
using TimeTracking.Application.Tasks.StartTask;
using TimeTracking.Application.Tasks.StopTask;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Application.UnitTests;

/// <summary>Valid messages and entities with defaults; each test changes only the field it is about.</summary>
internal static class TestData
{
    public const long UserId = 42;
    public const long OtherUserId = 43;
    public const string Description = "Write the quarterly report";

    public static StartTaskCommand ValidStartTask() => new(UserId, Description);

    public static StopTaskCommand ValidStopTask() => new(1);

    public static GetDailyTimesQuery ValidGetDailyTimes() => new(UserId, "2023-07-16", "Europe/Berlin");

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>An instant written as ISO 8601, e.g. <c>2023-03-25T23:00:00Z</c>.</summary>
    public static DateTimeOffset Instant(string iso8601) =>
        DateTimeOffset.Parse(iso8601, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static TrackedTask RunningTask(DateTimeOffset startedAt, long userId = UserId, string description = Description) =>
        TrackedTask.Start(userId, description, startedAt);

    public static TrackedTask StoppedTask(
        DateTimeOffset startedAt, DateTimeOffset stoppedAt, long userId = UserId, string description = Description)
    {
        var task = TrackedTask.Start(userId, description, startedAt);
        task.Stop(stoppedAt);
        return task;
    }
}
