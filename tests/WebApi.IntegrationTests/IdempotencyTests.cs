using System.Net;
using System.Text.Json;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>Idempotency-Key on POST /track and /stop, over HTTP, on each database.</summary>
public abstract class IdempotencyTests(ApiFactory api) : IAsyncLifetime
{
    private const string Key = "8e03978e-40d5-43e8-bc93-6894a57f9324";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private HttpClient Client => api.Client;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Track_WithSameKeyAndBody_ReplaysFirstResponse()
    {
        using var first = await Client.TrackWithKeyAsync(Key);
        using var repeat = await Client.TrackWithKeyAsync(Key);

        repeat.StatusCode.Should().Be(first.StatusCode).And.Be(HttpStatusCode.OK);
        (await repeat.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        repeat.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        first.IsReplay().Should().BeFalse();
        repeat.IsReplay().Should().BeTrue();
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_WithSameKeyAndReorderedFields_ReplaysFirstResponse()
    {
        using var first = await Client.TrackWithKeyAsync(Key, """{"user_id": 42, "description": "Write report"}""");
        using var repeat = await Client.TrackWithKeyAsync(Key, """{ "description" : "Write report", "user_id" : 42 }""");

        repeat.IsReplay().Should().BeTrue();
        (await repeat.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_WithSameKeyAndDifferentBody_Returns422AndChangesNothing()
    {
        using var first = await Client.TrackWithKeyAsync(Key);

        using var other = await Client.TrackWithKeyAsync(Key, """{"user_id": 42, "description": "Something else"}""");

        var problem = await other.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("detail").GetString().Should().Contain("Idempotency-Key");
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_WhileARequestWithTheKeyIsInFlight_Returns409()
    {
        await api.SeedInFlightTrackAsync(Key, Lease);

        using var response = await Client.TrackWithKeyAsync(Key);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        response.Headers.RetryAfter.Should().NotBeNull();
        (await api.CountTasksAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Track_WhenTheInFlightLeaseExpired_TakesTheKeyOverAndRunsOnce()
    {
        await api.SeedInFlightTrackAsync(Key, Lease);
        api.Clock.Advance(Lease + TimeSpan.FromSeconds(1));

        using var takeover = await Client.TrackWithKeyAsync(Key);
        using var repeat = await Client.TrackWithKeyAsync(Key);

        takeover.StatusCode.Should().Be(HttpStatusCode.OK);
        takeover.IsReplay().Should().BeFalse();
        repeat.IsReplay().Should().BeTrue();
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_WithSameKeyAfterRetention_RunsAsANewRequest()
    {
        var firstId = await IdOfAsync(await Client.TrackWithKeyAsync(Key));
        api.Clock.Advance(TimeSpan.FromHours(24));

        using var later = await Client.TrackWithKeyAsync(Key);

        later.IsReplay().Should().BeFalse();
        (await IdOfAsync(later)).Should().NotBe(firstId);
        (await api.CountTasksAsync()).Should().Be(2);
    }

    [Fact]
    public async Task Track_WithSameKeyJustBeforeRetentionEnds_StillReplays()
    {
        using var first = await Client.TrackWithKeyAsync(Key);
        api.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));

        using var repeat = await Client.TrackWithKeyAsync(Key);

        repeat.IsReplay().Should().BeTrue();
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_TwentyConcurrentDuplicates_CreateExactlyOneTask()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Client.TrackWithKeyAsync(Key)));

        var ids = new List<long>();
        foreach (var response in responses)
        {
            if (response.StatusCode == HttpStatusCode.OK)
            {
                ids.Add(await IdOfAsync(response));
            }
            else
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            }

            response.Dispose();
        }

        ids.Should().NotBeEmpty().And.OnlyContain(id => id == ids[0]);
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Stop_WithSameKey_ReplaysTheFirstStopInsteadOf409()
    {
        var id = await Client.TrackAsync();
        var stop = $$"""{"id": {{id}}}""";

        using var first = await Client.PostWithKeyAsync("/stop", stop, Key);
        using var repeat = await Client.PostWithKeyAsync("/stop", stop, Key);
        using var unkeyed = await Client.StopAsync(id);

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        repeat.StatusCode.Should().Be(HttpStatusCode.OK);
        repeat.IsReplay().Should().BeTrue();
        (await repeat.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        await unkeyed.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Stop_UnknownTaskWithKey_Returns404AndKeepsNoKey()
    {
        using var response = await Client.PostWithKeyAsync("/stop", """{"id": 999}""", Key);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await api.CountIdempotencyKeysAsync()).Should().Be(0, "only successes are stored, so a retry runs again");
    }

    [Theory]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("tab\there")]
    [InlineData("\"\"")]
    public async Task Track_WithMalformedKey_Returns400AndChangesNothing(string key)
    {
        using var response = await Client.TrackWithKeyAsync(key);

        await response.ShouldBeValidationProblemAsync("Idempotency-Key");
        (await api.CountTasksAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Track_WithKeyOverTheLengthLimit_Returns400()
    {
        using var response = await Client.TrackWithKeyAsync(new string('k', 256));

        await response.ShouldBeValidationProblemAsync("Idempotency-Key");
    }

    [Fact]
    public async Task Track_WithKeySentTwice_Returns400()
    {
        using var response = await Client.PostWithKeyAsync("/track", IdempotencyClient.Track, "a", "b");

        await response.ShouldBeValidationProblemAsync("Idempotency-Key");
    }

    [Fact]
    public async Task Track_WithQuotedKey_IsTheSameKeyUnquoted()
    {
        using var quoted = await Client.TrackWithKeyAsync($"\"{Key}\"");
        using var bare = await Client.TrackWithKeyAsync(Key);

        bare.IsReplay().Should().BeTrue();
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_WithoutKey_IsUnchanged()
    {
        var first = await Client.TrackAsync();
        using var second = await Client.PostJsonAsync("/track", IdempotencyClient.Track);

        (await IdOfAsync(second)).Should().NotBe(first);
        second.IsReplay().Should().BeFalse();
        (await api.CountIdempotencyKeysAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Track_WithKeyInTheBody_IgnoresIt()
    {
        const string json = """{"user_id": 42, "description": "Write report", "idempotency_key": "in-body", "IdempotencyKey": "in-body"}""";

        using var first = await Client.PostJsonAsync("/track", json);
        using var second = await Client.PostJsonAsync("/track", json);

        second.IsReplay().Should().BeFalse();
        (await api.CountTasksAsync()).Should().Be(2);
    }

    private static async Task<long> IdOfAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync()).GetProperty("id").GetInt64();
    }
}

[Collection(OnPostgres.Name)]
public sealed class PostgresIdempotencyTests(PostgresApiFactory api) : IdempotencyTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteIdempotencyTests(SqliteApiFactory api) : IdempotencyTests(api);
