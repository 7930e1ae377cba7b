using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimeTracking.Domain.Tasks;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>The seed's contract, over HTTP, on each database (see the derived classes at the bottom).</summary>
public abstract class SeedContractTests(ApiFactory api) : IAsyncLifetime
{
    private const string Day = "2023-07-18";

    private HttpClient Client => api.Client;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Track_AnswersOnlyTheNewTasksId()
    {
        using var response = await Client.PostJsonAsync("/track", """{"user_id": 42, "description": "Write report"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.EnumerateObject().Select(property => property.Name).Should().Equal("id");
        body.GetProperty("id").GetInt64().Should().BePositive();
    }

    [Fact]
    public async Task Track_StartsARunningTaskAtTheServersNow()
    {
        var id = await Client.TrackAsync(userId: 42, description: "Write report");

        var task = await LoadAsync(id);
        task.UserId.Should().Be(42);
        task.Description.Should().Be("Write report");
        task.StartTime.Should().Be(ApiFactory.DefaultNow);
        task.EndTime.Should().BeNull();
    }

    [Fact]
    public async Task Track_GivesEachTaskItsOwnId()
    {
        var first = await Client.TrackAsync();
        var second = await Client.TrackAsync();

        second.Should().NotBe(first);
    }

    [Fact]
    public async Task Track_AcceptsUserIdsUpTo64Bits()
    {
        var id = await Client.TrackAsync(userId: long.MaxValue);

        var times = await Client.TimesAsync(long.MaxValue, Day);
        times.EnumerateArray().Single().GetProperty("id").GetInt64().Should().Be(id);
    }

    [Fact]
    public async Task Track_KeepsTheDescriptionExactly()
    {
        const string description = "Ünïcødé ✓ \"quoted\" — 日本語 😀";

        var id = await Client.TrackAsync(description: description);

        (await LoadAsync(id)).Description.Should().Be(description);
    }

    [Fact]
    public async Task Stop_RunningTask_AnswersItsIdAndStopsAtNow()
    {
        var id = await Client.TrackAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(90));

        using var response = await Client.StopAsync(id);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.EnumerateObject().Select(property => property.Name).Should().Equal("id");
        body.GetProperty("id").GetInt64().Should().Be(id);
        (await LoadAsync(id)).EndTime.Should().Be(ApiFactory.DefaultNow.AddMinutes(90));
    }

    [Fact]
    public async Task Stop_UnknownId_Returns404()
    {
        using var response = await Client.StopAsync(987654);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stop_WhenAlreadyStopped_Returns409AndKeepsTheEndTime()
    {
        var id = await Client.TrackAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(10));
        (await Client.StopAsync(id)).EnsureSuccessStatusCode();
        api.Clock.Advance(TimeSpan.FromMinutes(10));

        using var second = await Client.StopAsync(id);

        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await LoadAsync(id)).EndTime.Should().Be(ApiFactory.DefaultNow.AddMinutes(10));
    }

    [Fact]
    public async Task Times_ListsTheSeedsFieldsWithSecondsSpent()
    {
        var id = await Client.TrackAsync(description: "Write report");
        api.Clock.Advance(TimeSpan.FromHours(1));
        (await Client.StopAsync(id)).EnsureSuccessStatusCode();

        var times = await Client.TimesAsync(42, Day);

        var task = times.EnumerateArray().Should().ContainSingle().Subject;
        task.EnumerateObject().Select(property => property.Name).Should().BeEquivalentTo(["id", "description", "time_spent"]);
        task.GetProperty("id").GetInt64().Should().Be(id);
        task.GetProperty("description").GetString().Should().Be("Write report");
        task.GetProperty("time_spent").GetDouble().Should().Be(3600.0);
    }

    [Fact]
    public async Task Times_CountsARunningTaskUpToNow()
    {
        await Client.TrackAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(25));

        var times = await Client.TimesAsync(42, Day);

        times[0].GetProperty("time_spent").GetDouble().Should().Be(25 * 60);
    }

    [Fact]
    public async Task Times_ClampsATaskThatCrossesMidnightToEachDay()
    {
        api.Clock.AdjustTime(new DateTimeOffset(2023, 7, 18, 23, 0, 0, TimeSpan.Zero));
        var id = await Client.TrackAsync();
        api.Clock.Advance(TimeSpan.FromHours(2.5));
        (await Client.StopAsync(id)).EnsureSuccessStatusCode();

        var first = await Client.TimesAsync(42, "2023-07-18");
        var second = await Client.TimesAsync(42, "2023-07-19");

        first[0].GetProperty("time_spent").GetDouble().Should().Be(3600);
        second[0].GetProperty("time_spent").GetDouble().Should().Be(1.5 * 3600);
    }

    [Fact]
    public async Task Times_CountsAWholeDayForATaskSpanningSeveralDays()
    {
        api.Clock.AdjustTime(new DateTimeOffset(2023, 7, 16, 12, 0, 0, TimeSpan.Zero));
        await Client.TrackAsync();
        api.Clock.AdjustTime(new DateTimeOffset(2023, 7, 20, 12, 0, 0, TimeSpan.Zero));

        var times = await Client.TimesAsync(42, "2023-07-18");

        times[0].GetProperty("time_spent").GetDouble().Should().Be(24 * 3600);
    }

    [Fact]
    public async Task Times_ListsTasksInStartOrder()
    {
        var first = await Client.TrackAsync(description: "first");
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Client.TrackAsync(description: "second");
        api.Clock.Advance(TimeSpan.FromMinutes(5));
        var third = await Client.TrackAsync(description: "third");

        var times = await Client.TimesAsync(42, Day);

        times.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().Equal(first, second, third);
    }

    [Fact]
    public async Task Times_ListsOnlyThatUsersTasks()
    {
        var mine = await Client.TrackAsync(userId: 1);
        await Client.TrackAsync(userId: 2);

        var times = await Client.TimesAsync(1, Day);

        times.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().Equal(mine);
    }

    [Fact]
    public async Task Times_OmitsTasksOfOtherDays()
    {
        var id = await Client.TrackAsync();
        api.Clock.Advance(TimeSpan.FromHours(1));
        (await Client.StopAsync(id)).EnsureSuccessStatusCode();

        (await Client.TimesAsync(42, "2023-07-17")).GetArrayLength().Should().Be(0);
        (await Client.TimesAsync(42, "2023-07-19")).GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Times_ListsATaskThatTookNoTimeOnItsDay()
    {
        var id = await Client.TrackAsync();
        (await Client.StopAsync(id)).EnsureSuccessStatusCode();

        var times = await Client.TimesAsync(42, Day);

        times.EnumerateArray().Should().ContainSingle(task => task.GetProperty("id").GetInt64() == id)
            .Which.GetProperty("time_spent").GetDouble().Should().Be(0);
    }

    [Fact]
    public async Task Times_OmitsATaskThatEndedExactlyAtTheDaysStart()
    {
        api.Clock.AdjustTime(new DateTimeOffset(2023, 7, 17, 22, 0, 0, TimeSpan.Zero));
        var id = await Client.TrackAsync();
        api.Clock.AdjustTime(new DateTimeOffset(2023, 7, 18, 0, 0, 0, TimeSpan.Zero));
        (await Client.StopAsync(id)).EnsureSuccessStatusCode();

        var times = await Client.TimesAsync(42, Day);

        times.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Times_OmitsARunningTaskFromDaysStillToCome()
    {
        await Client.TrackAsync();

        var tomorrow = await Client.TimesAsync(42, "2023-07-19");

        tomorrow.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Times_AnswersAnEmptyListForADayWithoutTasks()
    {
        var times = await Client.TimesAsync(42, Day);

        times.ValueKind.Should().Be(JsonValueKind.Array);
        times.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Times_ReadsTheDayInTheGivenTimeZone()
    {
        // 23:30Z to 00:30Z is 01:30 to 02:30 on the 19th in Berlin (UTC+2 in summer).
        api.Clock.AdjustTime(new DateTimeOffset(2023, 7, 18, 23, 30, 0, TimeSpan.Zero));
        var id = await Client.TrackAsync();
        api.Clock.Advance(TimeSpan.FromHours(1));
        (await Client.StopAsync(id)).EnsureSuccessStatusCode();

        var berlin = await Client.TimesAsync(42, "2023-07-19", "Europe/Berlin");
        var berlinDayBefore = await Client.TimesAsync(42, "2023-07-18", "Europe/Berlin");
        var utc = await Client.TimesAsync(42, "2023-07-18");

        berlin[0].GetProperty("time_spent").GetDouble().Should().Be(3600);
        berlinDayBefore.GetArrayLength().Should().Be(0);
        utc[0].GetProperty("time_spent").GetDouble().Should().Be(1800);
    }

    [Theory]
    [InlineData("Europe/Berlin", "2023-03-26", "2023-03-25T20:00:00Z", 23)]
    [InlineData("Europe/Berlin", "2023-10-29", "2023-10-28T20:00:00Z", 25)]
    [InlineData("America/New_York", "2023-03-12", "2023-03-11T12:00:00Z", 23)]
    [InlineData("America/New_York", "2023-11-05", "2023-11-04T12:00:00Z", 25)]
    public async Task Times_CountsTheTrueLengthOfADaylightSavingDay(string zone, string date, string start, int hours)
    {
        api.Clock.AdjustTime(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        await Client.TrackAsync();
        api.Clock.Advance(TimeSpan.FromDays(3));

        var times = await Client.TimesAsync(42, date, zone);

        times[0].GetProperty("time_spent").GetDouble().Should().Be(hours * 3600);
    }

    [Fact]
    public async Task SeedClient_TrackStopTimes_WorksUnchanged()
    {
        using var tracked = await Client.PostJsonAsync("/track", """{"user_id": 7, "description": "Seed client"}""");
        var id = (await tracked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        api.Clock.Advance(TimeSpan.FromSeconds(1.5));
        using var stopped = await Client.PostJsonAsync("/stop", $$"""{"id": {{id}}}""");
        using var times = await Client.GetAsync($"/times?user_id=7&date={Day}");

        tracked.StatusCode.Should().Be(HttpStatusCode.OK);
        stopped.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stopped.Content.ReadAsStringAsync()).Should().Be($$"""{"id":{{id}}}""");
        (await times.Content.ReadAsStringAsync()).Should().Be($$"""[{"id":{{id}},"description":"Seed client","time_spent":1.5}]""");
    }

    private Task<TrackedTask> LoadAsync(long id) =>
        api.WithDbContextAsync(db => db.Tasks.AsNoTracking().SingleAsync(task => task.Id == id));
}

[Collection(OnPostgres.Name)]
public sealed class PostgresSeedContractTests(PostgresApiFactory api) : SeedContractTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteSeedContractTests(SqliteApiFactory api) : SeedContractTests(api);

/// <summary>The same contract with bearer tokens on, through an administrator's token, which may name any user.</summary>
[Collection(OnAuthenticatedPostgres.Name)]
public sealed class AuthenticatedSeedContractTests(AuthenticatedApiFactory api) : SeedContractTests(api);
