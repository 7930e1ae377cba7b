using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TimeTracking.WebApi.IntegrationTests.Fixtures;
using static TimeTracking.WebApi.IntegrationTests.Fixtures.TaskRows;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary><c>GET /tasks</c> as JSON pages on each database: which tasks, in which order, page after page.</summary>
public abstract class ListTasksTests(ApiFactory api) : IAsyncLifetime
{
    private const long User = 42;
    private const long OtherUser = 43;

    // 10 to 12 July 2023 in Berlin (CEST, +02:00): from 2023-07-09T22:00Z to 2023-07-12T22:00Z.
    private const string BerlinRange = "user_id=42&from=2023-07-10&to=2023-07-12&tz=Europe/Berlin";

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task List_TasksOverlappingTheLocalDays_AreListedByStartThenId()
    {
        var ids = await api.InsertAsync(
            Stopped(User, "2023-07-09T21:00:00Z", "2023-07-09T21:30:00Z"), // 23:00 on the 9th in Berlin: before
            Stopped(User, "2023-07-09T21:30:00Z", "2023-07-09T22:30:00Z"), // still going at local midnight
            Stopped(User, "2023-07-10T08:00:00Z", "2023-07-10T09:00:00Z"),
            Stopped(User, "2023-07-10T08:00:00Z", "2023-07-10T08:30:00Z"), // the same start: the higher id after
            Stopped(User, "2023-07-12T21:59:00Z", "2023-07-12T23:00:00Z"), // 23:59 on the 12th in Berlin
            Stopped(User, "2023-07-12T22:00:00Z", "2023-07-12T23:00:00Z"), // midnight of the 13th: after
            Stopped(OtherUser, "2023-07-11T08:00:00Z", "2023-07-11T09:00:00Z"),
            Stopped(User, "2023-07-09T12:00:00Z", "2023-07-12T12:00:00Z"), // across every day of the range: once
            Running(User, "2023-07-12T10:00:00Z"));

        var page = await api.Client.ListPageAsync(BerlinRange);

        page.GetProperty("items").EnumerateArray().Ids().Should().Equal(ids[7], ids[1], ids[2], ids[3], ids[8], ids[4]);
        page.GetProperty("next_cursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task List_Item_IsTheTaskAsGetTaskShowsIt()
    {
        var ids = await api.InsertAsync(Running(User, "2023-07-18T08:00:00Z", "Write report"));

        var page = await api.Client.ListPageAsync("user_id=42&from=2023-07-18&to=2023-07-18");

        page.GetRawText().Should().Be(
            $$"""{"items":[{"id":{{ids[0]}},"user_id":42,"description":"Write report","start_time":"2023-07-18T08:00:00Z","end_time":null,"running":true,"time_spent":3600}],"next_cursor":null}""");
    }

    [Fact]
    public async Task List_EveryDayOfTheRange_HoldsExactlyTheTasksTimesListsForThatDay()
    {
        await api.InsertAsync(
            Stopped(User, "2023-03-24T22:30:00Z", "2023-03-25T00:30:00Z"),
            Stopped(User, "2023-03-25T23:30:00Z", "2023-03-26T01:30:00Z"),
            Stopped(User, "2023-03-26T21:59:00Z", "2023-03-26T22:01:00Z"),
            Stopped(User, "2023-03-26T22:00:00Z", "2023-03-26T22:00:00Z"),
            Stopped(User, "2023-03-27T21:00:00Z", "2023-03-28T09:00:00Z"),
            Running(User, "2023-03-27T20:00:00Z"));
        var days = new[] { "2023-03-25", "2023-03-26", "2023-03-27" }; // the 26th lasts 23 hours in Berlin

        var listed = await api.Client.ListAllAsync("user_id=42&from=2023-03-25&to=2023-03-27&tz=Europe/Berlin&limit=2");

        var onSomeDay = new HashSet<long>();
        foreach (var day in days)
        {
            var times = await api.Client.TimesAsync(User, day, "Europe/Berlin");
            onSomeDay.UnionWith(times.EnumerateArray().Select(time => time.GetProperty("id").GetInt64()));
        }

        listed.Ids().Should().BeEquivalentTo(onSomeDay).And.HaveCount(6);
    }

    [Fact]
    public async Task List_DaysAfterNow_DoNotHoldTheTaskRunningNow()
    {
        await api.InsertAsync(Running(User, "2023-07-17T08:00:00Z"));

        var page = await api.Client.ListPageAsync("user_id=42&from=2023-07-19&to=2023-07-20");

        page.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task List_MoreThanALimit_PagesWithNextCursorAndLinkUntilTheLast()
    {
        await api.InsertMinutelyAsync(User, "2023-07-11T08:00:00Z", 15);

        using var first = await api.Client.GetAsync($"/tasks?{BerlinRange}&limit=7");
        var firstPage = JsonSerializer.Deserialize<JsonElement>(await first.Content.ReadAsStringAsync());
        var cursor = firstPage.GetProperty("next_cursor").GetString();
        using var second = await api.Client.GetAsync(new Uri(first.Headers.GetValues("Link").Single()[1..^13]));
        var secondPage = JsonSerializer.Deserialize<JsonElement>(await second.Content.ReadAsStringAsync());
        var last = await api.Client.ListPageAsync($"{BerlinRange}&limit=7&cursor={secondPage.GetProperty("next_cursor").GetString()}");

        first.Headers.GetValues("Link").Should().Equal(
            $"<{api.Client.BaseAddress}tasks?user_id=42&from=2023-07-10&to=2023-07-12&tz=Europe%2FBerlin&limit=7&cursor={cursor}>; rel=\"next\"");
        firstPage.GetProperty("items").GetArrayLength().Should().Be(7);
        secondPage.GetProperty("items").GetArrayLength().Should().Be(7);
        last.GetProperty("items").GetArrayLength().Should().Be(1);
        last.GetProperty("next_cursor").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task List_LastPageExactlyFull_HasNoNextCursorOrLink()
    {
        await api.InsertMinutelyAsync(User, "2023-07-11T08:00:00Z", 7);

        using var response = await api.Client.GetAsync($"/tasks?{BerlinRange}&limit=7");
        var page = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

        page.GetProperty("items").GetArrayLength().Should().Be(7);
        page.GetProperty("next_cursor").ValueKind.Should().Be(JsonValueKind.Null);
        response.Headers.Contains("Link").Should().BeFalse();
    }

    [Fact]
    public async Task List_WithoutLimit_PagesByOneHundred()
    {
        await api.InsertMinutelyAsync(User, "2023-07-11T08:00:00Z", 101);

        var page = await api.Client.ListPageAsync(BerlinRange);

        page.GetProperty("items").GetArrayLength().Should().Be(100);
        page.GetProperty("next_cursor").GetString().Should().NotBeNull();
    }

    [Fact]
    public async Task List_PagingWhileTasksAreInserted_NeitherRepeatsNorMissesAndKeepsTheOrder()
    {
        // 30 tasks over the range, several sharing a start so the id decides, before paging starts.
        var before = await api.InsertAsync([.. Enumerable.Range(0, 30).Select(index => Stopped(
            User, $"2023-07-{10 + (index / 10)}T{8 + (index % 5):00}:00:00Z", $"2023-07-{10 + (index / 10)}T{8 + (index % 5):00}:20:00Z"))]);
        var inserted = new List<long>();
        var seen = new List<JsonElement>();
        string? cursor = null;
        var pages = 0;

        do
        {
            (++pages).Should().BeLessThan(40, "paging ends: each page of 7 outruns the 2 tasks inserted ahead of its cursor");
            var page = await api.Client.ListPageAsync(cursor is null ? $"{BerlinRange}&limit=7" : $"{BerlinRange}&limit=7&cursor={cursor}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            seen.AddRange(items);
            cursor = page.GetProperty("next_cursor").GetString();

            // Between pages: one task starting inside what was already read, one at the very start of the range,
            // one sharing the last start read (its higher id puts it after the cursor), one after everything.
            items.Should().NotBeEmpty("only an empty range has an empty page");
            var lastStart = items[^1].GetProperty("start_time").GetString()!;
            inserted.AddRange(await api.InsertAsync(
                Stopped(User, items[0].GetProperty("start_time").GetString()!, lastStart, "inserted inside the read part"),
                Stopped(User, "2023-07-09T22:00:00Z", "2023-07-09T22:05:00Z", "inserted at the start of the range"),
                Stopped(User, lastStart, lastStart, "inserted at the cursor"),
                Stopped(User, "2023-07-12T21:00:00Z", "2023-07-12T21:01:00Z", "inserted after everything")));
        }
        while (cursor is not null);

        var ids = seen.Ids();
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().Contain(before);
        ids.Should().BeSubsetOf(before.Concat(inserted));
        seen.Select(item => (Instant(item.GetProperty("start_time").GetString()!), item.GetProperty("id").GetInt64()))
            .Should().BeInAscendingOrder();
        seen.Should().NotContain(item => item.GetProperty("description").GetString() == "inserted at the start of the range");
        seen.Should().Contain(item => item.GetProperty("description").GetString() == "inserted after everything");
    }

    [Fact]
    public async Task List_CursorWithAnotherPageSize_ContinuesWhereThePageEnded()
    {
        await api.InsertMinutelyAsync(User, "2023-07-11T08:00:00Z", 12);
        var all = await api.Client.ListAllAsync(BerlinRange);

        var first = await api.Client.ListPageAsync($"{BerlinRange}&limit=5");
        var rest = await api.Client.ListPageAsync($"{BerlinRange}&limit=500&cursor={first.GetProperty("next_cursor").GetString()}");

        first.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray()).Ids()
            .Should().Equal(all.Ids());
    }

    [Fact]
    public async Task List_AYearAndADay_IsTheLongestRangeAccepted()
    {
        await api.InsertAsync(Stopped(User, "2024-12-31T23:00:00Z", "2024-12-31T23:30:00Z"));

        var page = await api.Client.ListPageAsync("user_id=42&from=2024-01-01&to=2024-12-31");

        page.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task OpenApi_DescribesTheJsonPageTheCsvExportAndTheLinkHeader()
    {
        var document = await api.Client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var ok = document.GetProperty("paths").GetProperty("/tasks").GetProperty("get").GetProperty("responses").GetProperty("200");
        ok.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()
            .Should().Be("#/components/schemas/TaskPage");
        ok.GetProperty("content").GetProperty("text/csv").GetProperty("schema").GetProperty("type").GetString().Should().Be("string");
        ok.GetProperty("headers").TryGetProperty("Link", out _).Should().BeTrue();
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "from=2023-07-10&to=2023-07-12", "user_id" },
        { "user_id=0&from=2023-07-10&to=2023-07-12", "user_id" },
        { "user_id=abc&from=2023-07-10&to=2023-07-12", "user_id" },
        { "user_id=42&to=2023-07-12", "from" },
        { "user_id=42&from=2023-02-30&to=2023-07-12", "from" },
        { "user_id=42&from=2023-7-1&to=2023-07-12", "from" },
        { "user_id=42&from=2023-07-10", "to" },
        { "user_id=42&from=2023-07-10&to=yesterday", "to" },
        { "user_id=42&from=2023-07-10&to=2023-07-09", "to" },
        { "user_id=42&from=2023-01-01&to=2024-01-02", "to" },
        { "user_id=42&from=2023-07-10&to=2023-07-12&tz=europe/berlin", "tz" },
        { "user_id=42&from=2023-07-10&to=2023-07-12&tz=Mars/Olympus_Mons", "tz" },
        { "user_id=42&from=2023-07-10&to=2023-07-12&limit=0", "limit" },
        { "user_id=42&from=2023-07-10&to=2023-07-12&limit=501", "limit" },
        { "user_id=42&from=2023-07-10&to=2023-07-12&limit=-1", "limit" },
        { "user_id=42&from=2023-07-10&to=2023-07-12&limit=ten", "limit" },
        { "user_id=42&from=2023-07-10&to=2023-07-12&limit=99999999999", "limit" },
        { "user_id=42&from=2023-07-10&to=2023-07-12&cursor=not-a-cursor", "cursor" },
        { "user_id=42&from=2023-07-10&to=2023-07-12&cursor=AQ", "cursor" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task List_BadQuery_Returns400OnTheField(string query, string field)
    {
        using var response = await api.Client.GetAsync($"/tasks?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task List_RangeOver366Days_SaysHowManyDaysItSpans()
    {
        using var response = await api.Client.GetAsync("/tasks?user_id=42&from=2023-01-01&to=2024-01-01");
        using var tooLong = await api.Client.GetAsync("/tasks?user_id=42&from=2023-01-01&to=2024-01-02");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var problem = await tooLong.ShouldBeValidationProblemAsync("to");
        problem.GetProperty("errors").GetProperty("to")[0].GetString()
            .Should().Be("from and to span 367 days; at most 366 can be asked for at once.");
    }

    [Theory]
    [InlineData("user_id=42&from=2023-07-10&to=2023-07-11&tz=Europe/Berlin")] // another range
    [InlineData("user_id=43&from=2023-07-10&to=2023-07-12&tz=Europe/Berlin")] // another user
    [InlineData("user_id=42&from=2023-07-10&to=2023-07-12")] // another zone
    public async Task List_CursorOfAnotherQuery_Returns400OnCursor(string otherQuery)
    {
        await api.InsertMinutelyAsync(User, "2023-07-10T08:00:00Z", 3);
        var cursor = (await api.Client.ListPageAsync($"{BerlinRange}&limit=1")).GetProperty("next_cursor").GetString();

        using var response = await api.Client.GetAsync($"/tasks?{otherQuery}&cursor={cursor}");

        await response.ShouldBeValidationProblemAsync("cursor");
    }

    [Fact]
    public async Task List_CursorCutShort_Returns400OnCursor()
    {
        await api.InsertMinutelyAsync(User, "2023-07-10T08:00:00Z", 3);
        var cursor = (await api.Client.ListPageAsync($"{BerlinRange}&limit=1")).GetProperty("next_cursor").GetString()!;

        using var response = await api.Client.GetAsync($"/tasks?{BerlinRange}&cursor={cursor[..^1]}");

        await response.ShouldBeValidationProblemAsync("cursor");
    }

    [Fact]
    public async Task List_SeveralBadFields_ReportsEachOfThem()
    {
        using var response = await api.Client.GetAsync("/tasks?user_id=0&from=x&to=y&tz=Nowhere&limit=0&cursor=z");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(field => field.Name)
            .Should().BeEquivalentTo("user_id", "from", "to", "tz", "limit", "cursor");
    }
}

[Collection(OnPostgres.Name)]
public sealed class PostgresListTasksTests(PostgresApiFactory api) : ListTasksTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteListTasksTests(SqliteApiFactory api) : ListTasksTests(api);
