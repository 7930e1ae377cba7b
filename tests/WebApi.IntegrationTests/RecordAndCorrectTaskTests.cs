using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary><c>POST /tasks</c> (entering time after the fact) and <c>PATCH /tasks/{id}</c> (correcting it), on each database.</summary>
public abstract class RecordAndCorrectTaskTests(ApiFactory api) : IAsyncLifetime
{
    private const string Meeting = """{"user_id": 42, "description": "Meeting", "start_time": "2023-07-17T10:00:00+02:00", "end_time": "2023-07-17T11:30:00+02:00"}""";

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Record_PastEntry_Returns201WithTheTaskItsLocationAndETag()
    {
        using var response = await api.Client.PostJsonAsync("/tasks", Meeting);

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await response.Content.ReadAsStringAsync();
        var id = JsonSerializer.Deserialize<JsonElement>(body).GetProperty("id").GetInt64();
        body.Should().Be($$"""{"id":{{id}},"user_id":42,"description":"Meeting","start_time":"2023-07-17T08:00:00Z","end_time":"2023-07-17T09:30:00Z","running":false,"time_spent":5400}""");
        response.Headers.Location!.AbsolutePath.Should().Be($"/tasks/{id}");
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        response.Headers.ETag.IsWeak.Should().BeFalse();
    }

    [Fact]
    public async Task Record_WithoutEnd_IsRunningAndListedByTimes()
    {
        using var response = await api.Client.PostJsonAsync(
            "/tasks", """{"user_id": 42, "description": "Since breakfast", "start_time": "2023-07-18T07:30:00Z"}""");

        var task = await response.Content.ReadFromJsonAsync<JsonElement>();
        task.GetProperty("running").GetBoolean().Should().BeTrue();
        task.GetProperty("time_spent").GetDouble().Should().Be(5400);
        var times = await api.Client.TimesAsync(42, "2023-07-18");
        times.EnumerateArray().Single().GetProperty("time_spent").GetDouble().Should().Be(5400);
    }

    [Fact]
    public async Task Record_ThenGet_AnswersTheSameTaskAndETag()
    {
        using var recorded = await api.Client.PostJsonAsync("/tasks", Meeting);

        using var read = await api.Client.GetAsync(recorded.Headers.Location!.AbsolutePath);

        (await read.Content.ReadAsStringAsync()).Should().Be(await recorded.Content.ReadAsStringAsync());
        read.Headers.ETag.Should().Be(recorded.Headers.ETag);
    }

    public static TheoryData<string, string> BadEntries => new()
    {
        { """{"user_id": 42, "description": "x", "start_time": "2023-07-17T10:00:00Z", "end_time": "2023-07-17T09:59:59Z"}""", "end_time" },
        { """{"user_id": 42, "description": "x", "start_time": "2023-07-18T09:01:01Z"}""", "start_time" },
        { """{"user_id": 42, "description": "x", "start_time": "2023-07-18T08:00:00Z", "end_time": "2023-07-18T10:00:00Z"}""", "end_time" },
        { """{"user_id": 42, "description": "x", "start_time": "2023-07-17T10:00:00"}""", "start_time" },
        { """{"user_id": 42, "description": "x", "start_time": "2023-07-17T10:00:00Z", "end_time": "2023-07-17 11:00:00Z"}""", "end_time" },
        { """{"user_id": 42, "description": "x", "start_time": "17/07/2023 10:00"}""", "start_time" },
        { """{"user_id": 42, "description": "x", "start_time": 1689588000}""", "start_time" },
        { """{"user_id": 42, "description": "x"}""", "start_time" },
        { """{"user_id": 42, "description": " ", "start_time": "2023-07-17T10:00:00Z"}""", "description" },
        { """{"user_id": 0, "description": "x", "start_time": "2023-07-17T10:00:00Z"}""", "user_id" },
    };

    [Theory]
    [MemberData(nameof(BadEntries))]
    public async Task Record_ImpossibleOrMalformedEntry_Returns400OnTheFieldAndStoresNothing(string body, string field)
    {
        using var response = await api.Client.PostJsonAsync("/tasks", body);

        await response.ShouldBeValidationProblemAsync(field);
        (await api.CountTasksAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Record_StartWithinAMinuteAhead_IsAcceptedForClockDrift()
    {
        using var response = await api.Client.PostJsonAsync(
            "/tasks", """{"user_id": 42, "description": "x", "start_time": "2023-07-18T09:00:59Z"}""");

        response.StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Record_RepeatedWithItsIdempotencyKey_EntersOneTaskAndReplaysTheAnswer()
    {
        using var first = await api.Client.PostWithKeyAsync("/tasks", Meeting, "entry-1");
        using var repeat = await api.Client.PostWithKeyAsync("/tasks", Meeting, "entry-1");

        repeat.StatusCode.Should().Be(HttpStatusCode.Created);
        (await repeat.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        repeat.Headers.Location.Should().Be(first.Headers.Location);
        repeat.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Correct_TheDescription_KeepsTheTimesAndGivesANewETag()
    {
        var (id, etag) = await RecordMeetingAsync();

        using var response = await PatchAsync(id, """{"description": "Planning"}""", etag);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        var task = await response.Content.ReadFromJsonAsync<JsonElement>();
        task.GetProperty("description").GetString().Should().Be("Planning");
        task.GetProperty("start_time").GetString().Should().Be("2023-07-17T08:00:00Z");
        task.GetProperty("end_time").GetString().Should().Be("2023-07-17T09:30:00Z");
    }

    [Fact]
    public async Task Correct_TheEndOfARunningTask_StopsIt()
    {
        var id = await api.Client.TrackAsync();

        using var response = await PatchAsync(id, """{"end_time": "2023-07-18T11:00:00+02:00"}""");

        var task = await response.Content.ReadFromJsonAsync<JsonElement>();
        task.GetProperty("running").GetBoolean().Should().BeFalse();
        task.GetProperty("time_spent").GetDouble().Should().Be(0);
    }

    [Fact]
    public async Task Correct_WithAStaleETag_Returns412AndChangesNothing()
    {
        var (id, etag) = await RecordMeetingAsync();
        (await PatchAsync(id, """{"description": "First"}""", etag)).Dispose();

        using var stale = await PatchAsync(id, """{"description": "Second"}""", etag);

        await stale.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await DescriptionOfAsync(id)).Should().Be("First");
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"7\", \"1\"")]
    public async Task Correct_WithAnIfMatchThatAcceptsTheCurrentVersion_Succeeds(string ifMatch)
    {
        var (id, _) = await RecordMeetingAsync();

        using var response = await PatchAsync(id, """{"description": "Matched"}""", ifMatch);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData("\"2\"")]
    [InlineData("\"one\"")]
    [InlineData("1")]
    public async Task Correct_WithAnIfMatchThatDoesNotMatchStrongly_Returns412(string ifMatch)
    {
        var (id, _) = await RecordMeetingAsync();

        using var response = await PatchAsync(id, """{"description": "Never"}""", ifMatch);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await DescriptionOfAsync(id)).Should().Be("Meeting");
    }

    public static TheoryData<string, string> BadPatches => new()
    {
        { """{"description": null}""", "description" },
        { """{"start_time": null}""", "start_time" },
        { """{"end_time": null}""", "end_time" },
        { """{"start_time": "2023-07-17T10:00:00"}""", "start_time" },
        { """{"start_time": "2023-07-17T12:00:00Z"}""", "end_time" },
        { """{"end_time": "2023-07-19T00:00:00Z"}""", "end_time" },
        { """{"description": ""}""", "description" },
        { """{"description": 5}""", "description" },
    };

    [Theory]
    [MemberData(nameof(BadPatches))]
    public async Task Correct_ARemovalOrAnImpossibleResult_Returns400OnTheFieldAndChangesNothing(string patch, string field)
    {
        var (id, _) = await RecordMeetingAsync();

        using var response = await PatchAsync(id, patch);

        await response.ShouldBeValidationProblemAsync(field);
        (await DescriptionOfAsync(id)).Should().Be("Meeting");
    }

    [Fact]
    public async Task Correct_AsPlainJson_Returns415()
    {
        var (id, _) = await RecordMeetingAsync();

        using var response = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, new Uri($"/tasks/{id}", UriKind.Relative))
        {
            Content = new StringContent("""{"description": "x"}""", Encoding.UTF8, "application/json"),
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Correct_UnknownTask_Returns404()
    {
        using var response = await PatchAsync(999, """{"description": "x"}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Correct_RacedWithOneETag_ExactlyOneWins()
    {
        var (id, etag) = await RecordMeetingAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => PatchAsync(id, $$"""{"description": "Writer {{i}}"}""", etag)));

        responses.Count(response => response.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Count(response => response.StatusCode == HttpStatusCode.PreconditionFailed).Should().Be(9);
        var winner = await responses.Single(response => response.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<JsonElement>();
        (await DescriptionOfAsync(id)).Should().Be(winner.GetProperty("description").GetString());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private async Task<(long Id, string ETag)> RecordMeetingAsync()
    {
        using var response = await api.Client.PostJsonAsync("/tasks", Meeting);
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        return (id, response.Headers.ETag!.Tag.ToString());
    }

    private Task<HttpResponseMessage> PatchAsync(long id, string patch, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, new Uri($"/tasks/{id}", UriKind.Relative))
        {
            Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return api.Client.SendAsync(request);
    }

    private Task<string> DescriptionOfAsync(long id) =>
        api.WithDbContextAsync(db => db.Tasks.Where(task => task.Id == id).Select(task => task.Description).SingleAsync());
}

[Collection(OnPostgres.Name)]
public sealed class PostgresRecordAndCorrectTaskTests(PostgresApiFactory api) : RecordAndCorrectTaskTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteRecordAndCorrectTaskTests(SqliteApiFactory api) : RecordAndCorrectTaskTests(api);
