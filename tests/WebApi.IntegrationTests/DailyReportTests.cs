using System.Globalization;
using System.Net;
using TimeTracking.Domain.Tasks;
using TimeTracking.Domain.Time;
using TimeTracking.WebApi.IntegrationTests.Fixtures;
using static TimeTracking.WebApi.IntegrationTests.Fixtures.ResourceClient;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary><c>GET /reports/daily</c> on each database, held to <c>/times</c> day by day.</summary>
public abstract class DailyReportTests(ApiFactory api) : IAsyncLifetime
{
    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Report_ListsEveryDayWithItsTotalAndCount_DaysWithoutWorkIncluded()
    {
        // 2023-07-16 23:00 CEST to 2023-07-17 02:30 CEST, and half an hour on the afternoon of the 17th.
        await api.InsertAsync(
            Stopped(42, Instant("2023-07-16T21:00:00Z"), Instant("2023-07-17T00:30:00Z")),
            Stopped(42, Instant("2023-07-17T13:00:00Z"), Instant("2023-07-17T13:30:00Z")),
            Stopped(43, Instant("2023-07-17T13:00:00Z"), Instant("2023-07-17T18:00:00Z")));

        using var response = await api.Client.GetAsync(DailyReportPath(42, "2023-07-15", "2023-07-18", "Europe/Berlin"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(
            """[{"date":"2023-07-15","total_seconds":0,"task_count":0},""" +
            """{"date":"2023-07-16","total_seconds":3600,"task_count":1},""" +
            """{"date":"2023-07-17","total_seconds":10800,"task_count":2},""" +
            """{"date":"2023-07-18","total_seconds":0,"task_count":0}]""");
    }

    [Theory]
    [InlineData("Europe/Berlin", "2023-03-25", 24, 23, 24)]
    [InlineData("Europe/Berlin", "2023-10-28", 24, 25, 24)]
    [InlineData("America/New_York", "2023-03-11", 24, 23, 24)]
    [InlineData("America/New_York", "2023-11-04", 24, 25, 24)]
    public async Task Report_TaskCoveringDstDays_CountsEachDaysRealLength(string zone, string from, int first, int second, int third)
    {
        await api.InsertAsync(Stopped(42, Instant(from + "T00:00:00Z").AddDays(-1), Instant(from + "T00:00:00Z").AddDays(4)));

        var report = await api.Client.GetOkJsonAsync(DailyReportPath(42, from, Date(from).AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), zone));

        report.EnumerateArray().Select(day => day.GetProperty("total_seconds").GetDouble())
            .Should().Equal(first * 3600, second * 3600, third * 3600);
    }

    [Fact]
    public async Task Report_RunningTask_CountsUpToNowAndNotOnDaysStillToCome()
    {
        await api.InsertAsync(TrackedTask.Start(42, "Running", Instant("2023-07-17T21:00:00Z")));

        var report = await api.Client.GetOkJsonAsync(DailyReportPath(42, "2023-07-17", "2023-07-19"));

        report.EnumerateArray().Select(day => (day.GetProperty("total_seconds").GetDouble(), day.GetProperty("task_count").GetInt32()))
            .Should().Equal((3 * 3600, 1), (9 * 3600, 1), (0, 0));
    }

    [Fact]
    public async Task Report_366Days_ListsEachOfThem()
    {
        var report = await api.Client.GetOkJsonAsync(DailyReportPath(42, "2024-01-01", "2024-12-31", "Europe/Berlin"));

        report.GetArrayLength().Should().Be(366);
        report[0].GetProperty("date").GetString().Should().Be("2024-01-01");
        report[365].GetProperty("date").GetString().Should().Be("2024-12-31");
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "from=2023-07-01&to=2023-07-02", "user_id" },
        { "user_id=0&from=2023-07-01&to=2023-07-02", "user_id" },
        { "user_id=abc&from=2023-07-01&to=2023-07-02", "user_id" },
        { "user_id=42&to=2023-07-02", "from" },
        { "user_id=42&from=2023-02-30&to=2023-07-02", "from" },
        { "user_id=42&from=2023-7-1&to=2023-07-02", "from" },
        { "user_id=42&from=2023-07-01", "to" },
        { "user_id=42&from=2023-07-01&to=tomorrow", "to" },
        { "user_id=42&from=2023-07-02&to=2023-07-01", "to" },
        { "user_id=42&from=2023-01-01&to=2024-01-02", "to" },
        { "user_id=42&from=2023-07-01&to=2023-07-02&tz=Mars/Olympus_Mons", "tz" },
        { "user_id=42&from=2023-07-01&to=2023-07-02&tz=europe/berlin", "tz" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Report_BadQuery_Returns400OnTheField(string query, string field)
    {
        using var response = await api.Client.GetAsync($"/reports/daily?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Report_RangeOver366Days_SaysWhy()
    {
        using var response = await api.Client.GetAsync(DailyReportPath(42, "2023-01-01", "2024-01-02"));

        var problem = await response.ShouldBeValidationProblemAsync("to");
        problem.GetProperty("errors").GetProperty("to")[0].GetString()
            .Should().Be("from and to span 367 days; at most 366 can be asked for at once.");
    }

    /// <summary>
    /// The report's promise, on random tasks: every day's total is the sum of <c>/times</c>'s <c>time_spent</c> for
    /// that day and its count the number of tasks <c>/times</c> lists, across daylight-saving changes. Tasks cross
    /// midnights, last no time, start on a local midnight exactly, and still run at now (which lies inside the
    /// range, so later days must leave them out); another user's tasks must not count.
    /// </summary>
    [Theory]
    [InlineData("Europe/Berlin", "2023-03-19", "2023-04-01", 1)]
    [InlineData("Europe/Berlin", "2023-10-22", "2023-11-04", 2)]
    [InlineData("America/New_York", "2023-03-05", "2023-03-18", 3)]
    [InlineData("America/New_York", "2023-10-29", "2023-11-11", 4)]
    public async Task Report_RandomTasks_EachDayEqualsWhatTimesAnswersForIt(string zone, string from, string to, int seed)
    {
        var random = new Random(seed);
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var midnights = Enumerable.Range(-1, 16).Select(offset => TimeWindow.ForDay(Date(from).AddDays(offset), timeZone).Start).ToList();
        api.Clock.AdjustTime(midnights[8].AddMinutes(random.Next(24 * 60)));
        var now = api.Clock.GetUtcNow();
        await api.InsertAsync([.. RandomTasks(random, midnights, now, userId: 42, count: 100), .. RandomTasks(random, midnights, now, userId: 43, count: 20)]);

        var report = await api.Client.GetOkJsonAsync(DailyReportPath(42, from, to, zone));

        var days = report.EnumerateArray().ToList();
        days.Select(day => day.GetProperty("date").GetString()).Should().Equal(
            Enumerable.Range(0, 14).Select(offset => Date(from).AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        foreach (var day in days)
        {
            var date = day.GetProperty("date").GetString()!;
            var listed = (await api.Client.TimesAsync(42, date, zone)).EnumerateArray().ToList();

            day.GetProperty("task_count").GetInt32().Should().Be(listed.Count, $"/times lists {listed.Count} tasks on {date}");
            day.GetProperty("total_seconds").GetDouble().Should().BeApproximately(
                listed.Sum(task => task.GetProperty("time_spent").GetDouble()), 1e-6, $"on {date}");
        }

        days.Should().Contain(day => day.GetProperty("task_count").GetInt32() > 1, "the random tasks should share days");
    }

    /// <summary>
    /// Tasks around <paramref name="midnights"/> (local midnights, one a day): starting on a midnight exactly, on
    /// the minute or on any tick; lasting nothing, minutes, a fraction of a day or up to three days; or still
    /// running at <paramref name="now"/>. None starts after now.
    /// </summary>
    private static IEnumerable<TrackedTask> RandomTasks(Random random, List<DateTimeOffset> midnights, DateTimeOffset now, long userId, int count)
    {
        var span = midnights[^1] - midnights[0];
        for (var i = 0; i < count; i++)
        {
            var start = random.Next(3) switch
            {
                0 => midnights[random.Next(midnights.Count)],
                1 => midnights[0].AddMinutes(random.Next((int)span.TotalMinutes)),
                _ => midnights[0].AddTicks(random.NextInt64(span.Ticks)),
            };
            if (start > now)
            {
                start = now.AddMinutes(-random.Next(3 * 24 * 60));
            }

            var length = random.Next(6) switch
            {
                0 => TimeSpan.Zero,
                1 => TimeSpan.FromMinutes(random.Next(1, 120)),
                2 => TimeSpan.FromHours(random.Next(1, 72)),
                3 => TimeSpan.FromTicks(random.NextInt64(TimeSpan.TicksPerDay)),
                _ => (TimeSpan?)null,
            };
            var task = TrackedTask.Start(userId, $"task {i}", start);
            if (length is { } lasted && start + lasted <= now)
            {
                task.Stop(start + lasted);
            }

            yield return task;
        }
    }

    private static DateTimeOffset Instant(string iso8601) =>
        DateTimeOffset.Parse(iso8601, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateOnly Date(string yyyyMmDd) => DateOnly.ParseExact(yyyyMmDd, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(OnPostgres.Name)]
public sealed class PostgresDailyReportTests(PostgresApiFactory api) : DailyReportTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteDailyReportTests(SqliteApiFactory api) : DailyReportTests(api);
