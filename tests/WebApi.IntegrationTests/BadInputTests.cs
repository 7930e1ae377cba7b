using System.Net;
using System.Net.Http.Headers;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Every malformed request gets a 4xx problem document naming what is wrong, and changes nothing stored.
/// </summary>
public abstract class BadInputTests(ApiFactory api) : IAsyncLifetime
{
    private static readonly string LongDescription = new('x', 1001);

    private HttpClient Client => api.Client;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> BadTrackBodies => new()
    {
        { """{"user_id": "abc", "description": "x"}""", "user_id" },
        { """{"user_id": "42", "description": "x"}""", "user_id" },
        { """{"user_id": 1.5, "description": "x"}""", "user_id" },
        { """{"user_id": 1e3, "description": "x"}""", "user_id" },
        { """{"user_id": null, "description": "x"}""", "user_id" },
        { """{"user_id": true, "description": "x"}""", "user_id" },
        { """{"user_id": [1], "description": "x"}""", "user_id" },
        { """{"user_id": 9223372036854775808, "description": "x"}""", "user_id" },
        { """{"user_id": -9223372036854775809, "description": "x"}""", "user_id" },
        { """{"user_id": 0, "description": "x"}""", "user_id" },
        { """{"user_id": -5, "description": "x"}""", "user_id" },
        { """{"description": "x"}""", "user_id" },
        { """{"user_id": 1, "description": 5}""", "description" },
        { """{"user_id": 1, "description": ["x"]}""", "description" },
        { """{"user_id": 1, "description": {"text": "x"}}""", "description" },
        { """{"user_id": 1, "description": null}""", "description" },
        { """{"user_id": 1}""", "description" },
        { """{"user_id": 1, "description": ""}""", "description" },
        { """{"user_id": 1, "description": "   \t\n "}""", "description" },
        { """{"user_id": 1, "description": "a\u0000b"}""", "description" },
        { $$"""{"user_id": 1, "description": "{{LongDescription}}"}""", "description" },
        { """{"user_id": 1, "user_id": 2, "description": "x"}""", "user_id" },
        { """{"user_id": 1, "description": "x" """, "body" },
        { """{"user_id": 1, "descr""", "body" },
        { """{""", "body" },
        { """not json""", "body" },
        { """[]""", "body" },
        { "\"text\"", "body" },
        { "123", "body" },
        { "", "body" },
    };

    public static TheoryData<string, string> BadStopBodies => new()
    {
        { """{"id": "1"}""", "id" },
        { """{"id": 1.5}""", "id" },
        { """{"id": null}""", "id" },
        { """{"id": 0}""", "id" },
        { """{"id": -1}""", "id" },
        { """{"id": 18446744073709551616}""", "id" },
        { """{}""", "id" },
        { """{"id": 1""", "body" },
        { """[1]""", "body" },
        { "", "body" },
    };

    public static TheoryData<string, string> BadTimesQueries => new()
    {
        { "date=2023-07-18", "user_id" },
        { "user_id=abc&date=2023-07-18", "user_id" },
        { "user_id=1.5&date=2023-07-18", "user_id" },
        { "user_id=0&date=2023-07-18", "user_id" },
        { "user_id=-3&date=2023-07-18", "user_id" },
        { "user_id=99999999999999999999&date=2023-07-18", "user_id" },
        { "user_id=42", "date" },
        { "user_id=42&date=", "date" },
        { "user_id=42&date=2023-02-30", "date" },
        { "user_id=42&date=2023-7-1", "date" },
        { "user_id=42&date=07/16/2023", "date" },
        { "user_id=42&date=yesterday", "date" },
        { "user_id=42&date=2023-07-18T00:00:00", "date" },
        { "user_id=42&date=9999-12-31", "date" },
        { "user_id=42&date=0001-01-01&tz=Asia/Tokyo", "date" },
        { "user_id=42&date=2023-07-18&tz=Mars/Olympus_Mons", "tz" },
        { "user_id=42&date=2023-07-18&tz=%2B02:00", "tz" },
        { "user_id=42&date=2023-07-18&tz=Pacific%20Standard%20Time", "tz" },
    };

    [Theory]
    [MemberData(nameof(BadTrackBodies))]
    public async Task Track_WithBadBody_Returns400NamingTheFieldAndStoresNothing(string body, string field)
    {
        using var response = await Client.PostJsonAsync("/track", body);

        await response.ShouldBeValidationProblemAsync(field);
        (await CountTasksAsync()).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(BadStopBodies))]
    public async Task Stop_WithBadBody_Returns400NamingTheFieldAndChangesNothing(string body, string field)
    {
        var id = await Client.TrackAsync();

        using var response = await Client.PostJsonAsync("/stop", body);

        await response.ShouldBeValidationProblemAsync(field);
        (await api.WithDbContextAsync(db => db.Tasks.FindAsync(id).AsTask()))!.EndTime.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(BadTimesQueries))]
    public async Task Times_WithBadQuery_Returns400NamingTheParameter(string query, string field)
    {
        using var response = await Client.GetAsync($"/times?{query}");

        await response.ShouldBeValidationProblemAsync(field);
    }

    [Fact]
    public async Task Track_WithInvalidUtf8_Returns400AndStoresNothing()
    {
        using var content = new ByteArrayContent([.. "{\"user_id\": 1, \"description\": \""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await Client.PostAsync(new Uri("/track", UriKind.Relative), content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await CountTasksAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Track_WithBodyThatIsNotTheDeclaredCharset_Returns400AndStoresNothing()
    {
        using var content = new ByteArrayContent("[1,2,3]"u8.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-16");

        using var response = await Client.PostAsync(new Uri("/track", UriKind.Relative), content);

        await response.ShouldBeValidationProblemAsync("body");
        (await CountTasksAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("/track")]
    [InlineData("/stop")]
    public async Task Post_WithBodyOver64KiB_Returns413AndStoresNothing(string path)
    {
        var body = $$"""{"user_id": 1, "id": 1, "description": "{{new string('x', 70_000)}}"}""";

        using var response = await Client.PostJsonAsync(path, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        (await CountTasksAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Track_WithoutJsonContentType_Returns415()
    {
        using var content = new StringContent("""{"user_id": 1, "description": "x"}""");
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await Client.PostAsync(new Uri("/track", UriKind.Relative), content);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task UnknownRoute_Returns404Problem()
    {
        using var response = await Client.GetAsync("/no-such-route");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("GET", "/track")]
    [InlineData("GET", "/stop")]
    [InlineData("POST", "/times")]
    [InlineData("DELETE", "/track")]
    public async Task WrongMethod_Returns405Problem(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        using var response = await Client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    private Task<int> CountTasksAsync() =>
        api.WithDbContextAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Tasks));
}

[Collection(OnPostgres.Name)]
public sealed class PostgresBadInputTests(PostgresApiFactory api) : BadInputTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteBadInputTests(SqliteApiFactory api) : BadInputTests(api);
