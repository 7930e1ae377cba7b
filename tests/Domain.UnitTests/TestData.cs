using System.Globalization;
using TimeTracking.Domain.Tasks;

namespace TimeTracking.Domain.UnitTests;

/// <summary>Instants, zones and tasks with sensible defaults, so each test states only what it is about.</summary>
internal static class TestData
{
    public const long UserId = 42;
    public const string Description = "Write the quarterly report";

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>An instant written as ISO 8601, e.g. <c>2023-03-25T23:00:00Z</c>.</summary>
    public static DateTimeOffset Instant(string iso8601) =>
        DateTimeOffset.Parse(iso8601, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateOnly Date(string yyyyMmDd) =>
        DateOnly.ParseExact(yyyyMmDd, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeZoneInfo Zone(string ianaId) => TimeZoneInfo.FindSystemTimeZoneById(ianaId);

    public static TrackedTask RunningTask(DateTimeOffset startedAt) =>
        TrackedTask.Start(UserId, Description, startedAt);

    public static TrackedTask StoppedTask(DateTimeOffset startedAt, DateTimeOffset stoppedAt)
    {
        var task = TrackedTask.Start(UserId, Description, startedAt);
        task.Stop(stoppedAt);
        return task;
    }
}
