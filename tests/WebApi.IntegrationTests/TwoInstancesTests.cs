using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Two instances of the API on one PostgreSQL database, each on its own port, as behind a load balancer: the
/// guarantees rest on the database, not on either process.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class TwoInstancesTests(PostgresApiFactory first) : IAsyncLifetime
{
    private WebApplicationFactory<Program> _second = null!;
    private HttpClient _secondClient = null!;

    public async Task InitializeAsync()
    {
        await first.ResetAsync();
        // Same database, same clock, its own process state and port.
        _second = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:TimeTracking", first.ConnectionString)
            .UseSetting("RateLimiting:Enabled", "false")
            .UseSetting("Authentication:Mode", "None")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(first.Clock)));
        _second.UseKestrel(0);
        _second.StartServer();
        _secondClient = _second.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _secondClient.Dispose();
        await _second.DisposeAsync();
    }

    [Fact]
    public async Task Stop_RacedAcrossTwoInstances_ExactlyOneWins()
    {
        var id = await first.Client.TrackAsync();
        var clients = new[] { first.Client, _secondClient };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => clients[i % 2].StopAsync(id)));

        responses.Count(response => response.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Count(response => response.StatusCode == HttpStatusCode.Conflict).Should().Be(19);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Tracks_OnEitherInstance_AreListedByBoth()
    {
        var onFirst = await first.Client.TrackAsync(userId: 5, description: "first");
        var onSecond = await _secondClient.TrackAsync(userId: 5, description: "second");

        var fromFirst = await first.Client.TimesAsync(5, "2023-07-18");
        var fromSecond = await _secondClient.TimesAsync(5, "2023-07-18");

        fromFirst.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().Equal(onFirst, onSecond);
        fromSecond.EnumerateArray().Select(task => task.GetProperty("id").GetInt64()).Should().Equal(onFirst, onSecond);
    }

    [Fact]
    public async Task Track_WithSameKeyOnTheOtherInstance_ReplaysTheFirstResponse()
    {
        using var onFirst = await first.Client.TrackWithKeyAsync("two-instances");
        using var onSecond = await _secondClient.TrackWithKeyAsync("two-instances");

        onSecond.IsReplay().Should().BeTrue();
        (await onSecond.Content.ReadAsStringAsync()).Should().Be(await onFirst.Content.ReadAsStringAsync());
        (await first.CountTasksAsync()).Should().Be(1);
    }
}
