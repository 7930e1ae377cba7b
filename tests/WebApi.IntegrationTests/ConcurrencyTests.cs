using System.Net;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>Races the database must settle: no double stop, no lost or shared ids.</summary>
public abstract class ConcurrencyTests(ApiFactory api) : IAsyncLifetime
{
    private HttpClient Client => api.Client;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Stop_TwentyAtOnce_ExactlyOneWinsAndTheRestGet409()
    {
        var id = await Client.TrackAsync();
        api.Clock.Advance(TimeSpan.FromMinutes(30));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Client.StopAsync(id)));

        responses.Count(response => response.StatusCode == HttpStatusCode.OK).Should().Be(1);
        foreach (var loser in responses.Where(response => response.StatusCode != HttpStatusCode.OK))
        {
            await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }

        var task = await api.WithDbContextAsync(db => db.Tasks.FindAsync(id).AsTask());
        task!.EndTime.Should().Be(ApiFactory.DefaultNow.AddMinutes(30));
        DisposeAll(responses);
    }

    [Fact]
    public async Task Track_HundredAtOnce_GivesHundredDistinctIdsAllListed()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Client.TrackAsync(userId: 42, description: $"task {i}")));

        ids.Should().OnlyHaveUniqueItems().And.HaveCount(100);
        var times = await Client.TimesAsync(42, "2023-07-18");
        times.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().BeEquivalentTo(ids);
    }

    private static void DisposeAll(IEnumerable<HttpResponseMessage> responses)
    {
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}

[Collection(OnPostgres.Name)]
public sealed class PostgresConcurrencyTests(PostgresApiFactory api) : ConcurrencyTests(api);

[Collection(OnSqlite.Name)]
public sealed class SqliteConcurrencyTests(SqliteApiFactory api) : ConcurrencyTests(api);
