using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using nietras.SeparatedValues;
using TimeTracking.WebApi.IntegrationTests.Fixtures;
using static TimeTracking.WebApi.IntegrationTests.Fixtures.TaskRows;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// <c>GET /tasks</c> with <c>Accept: text/csv</c> on each database, read back with Sep (a parser that is not ours)
/// and held against the JSON listing of the same range.
/// </summary>
public abstract class ListTasksCsvTests(ApiFactory api) : IAsyncLifetime
{
    private const long User = 42;
    private const string Header = "id,user_id,description,start_time,end_time,running,time_spent";

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly string[] Descriptions =
    [
        "Plain",
        "Comma, inside",
        "\"Quoted\" and \"\" doubled",
        "Line one\nline two",
        "Windows\r\nline, and \"more\"",
        "Grüße aus Köln: 東京 🚀 ñ",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1 call",
        "-minus",
        "@SUM(A1)",
        "\tTabbed",
        "'Already quoted",
        "  Leading spaces  ",
    ];

    [Fact]
    public async Task Csv_RoundTripsThroughACsvParserToTheJsonListing()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        // From before the clocks sprang forward on 26 March (+01:00) to after (+02:00); one still running.
        await api.InsertAsync([
            .. Descriptions.Select((description, index) => Stopped(
                User, $"2023-03-{25 + (index % 3)}T0{index % 10}:00:00Z", $"2023-03-{25 + (index % 3)}T0{index % 10}:45:30.25Z", description)),
            Running(User, "2023-03-27T21:30:00Z", "Still, \"running\""),
        ]);
        const string Range = "user_id=42&from=2023-03-25&to=2023-03-27&tz=Europe/Berlin";

        var json = await api.Client.ListAllAsync($"{Range}&limit=3");
        var rows = ParseCsv(await GetCsvAsync(Range));

        rows.Should().HaveCount(Descriptions.Length + 1).And.HaveSameCount(json);
        foreach (var (row, item) in rows.Zip(json))
        {
            row["id"].Should().Be(item.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
            row["user_id"].Should().Be("42");
            UndoFormulaGuard(row["description"]).Should().Be(item.GetProperty("description").GetString());
            ShouldBeInstantInZone(row["start_time"], item.GetProperty("start_time").GetString(), berlin);
            ShouldBeInstantInZone(row["end_time"], item.GetProperty("end_time").GetString(), berlin);
            row["running"].Should().Be(item.GetProperty("running").GetBoolean() ? "true" : "false");
            double.Parse(row["time_spent"], CultureInfo.InvariantCulture).Should().Be(item.GetProperty("time_spent").GetDouble());
        }

        rows.Select(row => row["start_time"][^6..]).Distinct().Should().BeEquivalentTo("+01:00", "+02:00");
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+49 30 123", "'+49 30 123")]
    [InlineData("-fix the build", "'-fix the build")]
    [InlineData("@channel", "'@channel")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("'quoted", "''quoted")]
    [InlineData("a=b, c", "a=b, c")]
    public async Task Csv_DescriptionThatASpreadsheetWouldRun_GetsALeadingApostrophe(string description, string inCsv)
    {
        await api.InsertAsync(Stopped(User, "2023-07-18T08:00:00Z", "2023-07-18T08:30:00Z", description));

        var rows = ParseCsv(await GetCsvAsync("user_id=42&from=2023-07-18&to=2023-07-18"));

        rows.Should().ContainSingle().Which["description"].Should().Be(inCsv);
    }

    [Fact]
    public async Task Csv_Response_IsUtf8CsvWithCrLfRowsAndQuotedCells()
    {
        var ids = await api.InsertAsync(
            Stopped(User, "2023-07-18T08:00:00Z", "2023-07-18T08:30:00Z", "Say \"hi\", then go"),
            Running(User, "2023-07-18T08:30:00.5Z", "Grüße\nzwei"));
        using var request = CsvRequest("user_id=42&from=2023-07-18&to=2023-07-18&tz=Europe/Berlin");

        using var response = await api.Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/csv; charset=utf-8");
        response.Content.Headers.ContentDisposition!.ToString().Should().Be("attachment; filename=tasks_2023-07-18_2023-07-18.csv");
        body[..3].Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte order mark precedes the header row");
        System.Text.Encoding.UTF8.GetString(body).Should().Be(
            $"{Header}\r\n" +
            $"{ids[0]},42,\"Say \"\"hi\"\", then go\",2023-07-18T10:00:00+02:00,2023-07-18T10:30:00+02:00,false,1800\r\n" +
            $"{ids[1]},42,\"Grüße\nzwei\",2023-07-18T10:30:00.5+02:00,,true,1799.5\r\n");
    }

    [Fact]
    public async Task Csv_WithoutTz_ShowsInstantsAtOffsetZero()
    {
        await api.InsertAsync(Stopped(User, "2023-07-18T08:00:00Z", "2023-07-18T08:30:00Z"));

        var rows = ParseCsv(await GetCsvAsync("user_id=42&from=2023-07-18&to=2023-07-18"));

        rows.Should().ContainSingle().Which["start_time"].Should().Be("2023-07-18T08:00:00+00:00");
    }

    [Fact]
    public async Task Csv_IgnoresLimitAndCursor_AndExportsTheWholeRange()
    {
        await api.InsertMinutelyAsync(User, "2023-07-18T08:00:00Z", 5);
        const string Range = "user_id=42&from=2023-07-18&to=2023-07-18";
        var cursor = (await api.Client.ListPageAsync($"{Range}&limit=2")).GetProperty("next_cursor").GetString();

        var rows = ParseCsv(await GetCsvAsync($"{Range}&limit=2&cursor={cursor}"));

        rows.Select(row => long.Parse(row["id"], CultureInfo.InvariantCulture))
            .Should().Equal((await api.Client.ListAllAsync(Range)).Ids());
    }

    [Fact]
    public async Task Csv_EmptyRange_IsTheHeaderRowAlone()
    {
        var csv = await GetCsvAsync("user_id=42&from=2023-07-18&to=2023-07-18");

        csv.Should().Be($"{Header}\r\n");
    }

    [Theory]
    [InlineData("user_id=42&from=2023-07-18&to=2023-07-17", "to")]
    [InlineData("user_id=42&from=2023-07-18&to=2023-07-18&tz=Berlin", "tz")]
    [InlineData("from=2023-07-18&to=2023-07-18", "user_id")]
    public async Task Csv_BadQuery_IsAProblemDocument(string query, string field)
    {
        using var request = CsvRequest(query);

        using var response = await api.Client.SendAsync(request);

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Theory]
    [InlineData("text/csv", true)]
    [InlineData("application/json;q=0.5, text/csv", true)]
    [InlineData("text/csv;q=0.9, */*;q=0.1", true)]
    [InlineData("text/csv;q=0.5, application/json", false)]
    [InlineData("application/json, text/csv", false)]
    [InlineData("*/*", false)]
    [InlineData("text/csv;q=0", false)]
    [InlineData(null, false)]
    public async Task Accept_MostPreferredTypeDecidesBetweenCsvAndJson(string? accept, bool csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/tasks?user_id=42&from=2023-07-18&to=2023-07-18");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(csv ? "text/csv" : "application/json");
    }

    private static HttpRequestMessage CsvRequest(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/tasks?{query}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        return request;
    }

    private async Task<string> GetCsvAsync(string query)
    {
        using var request = CsvRequest(query);
        using var response = await api.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        return text;
    }

    /// <summary>Every record as a map from the header row's names to its cells, as Sep reads RFC 4180 (quotes undone).</summary>
    private static List<Dictionary<string, string>> ParseCsv(string text)
    {
        using var reader = Sep.New(',').Reader(options => options with { Unescape = true }).FromText(text);
        reader.Header.ColNames.Should().Equal(Header.Split(','));

        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>();
            foreach (var name in reader.Header.ColNames)
            {
                cells[name] = row[name].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }

    /// <summary>The documented inverse of the formula guard: a cell starting with an apostrophe lost its first character.</summary>
    private static string UndoFormulaGuard(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;

    private static void ShouldBeInstantInZone(string cell, string? jsonInstant, TimeZoneInfo zone)
    {
        if (jsonInstant is null)
        {
            cell.Should().BeEmpty();
            return;
        }

        var shown = DateTimeOffset.ParseExact(cell, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        var instant = Instant(jsonInstant);
        shown.Should().Be(instant);
        shown.Offset.Should().Be(zone.GetUtcOffset(instant));
    }
}

[Collection(OnPostgres.Name)]
public sealed class PostgresListTasksCsvTests(PostgresApiFactory api) : ListTasksCsvTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteListTasksCsvTests(SqliteApiFactory api) : ListTasksCsvTests(api);
