using System.Net;
using System.Net.Sockets;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>The app pointed at a PostgreSQL port where nothing listens: unavailable, said plainly, not a 500.</summary>
public sealed class DatabaseUnavailableTests(UnreachablePostgresApiFactory api) : IClassFixture<UnreachablePostgresApiFactory>
{
    private HttpClient Client => api.Client;

    [Fact]
    public async Task Track_WhenTheDatabaseIsDown_Returns503WithRetryAfter()
    {
        using var response = await Client.PostJsonAsync("/track", """{"user_id": 1, "description": "x"}""");

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter?.Delta.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Stop_WhenTheDatabaseIsDown_Returns503()
    {
        using var response = await Client.StopAsync(1);

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Times_WhenTheDatabaseIsDown_Returns503()
    {
        using var response = await Client.GetAsync("/times?user_id=1&date=2023-07-18");

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Track_WithBadInput_StillAnswers400WhenTheDatabaseIsDown()
    {
        using var response = await Client.PostJsonAsync("/track", """{"user_id": 0, "description": "x"}""");

        await response.ShouldBeValidationProblemAsync("user_id");
    }

    [Fact]
    public async Task Readiness_WhenTheDatabaseIsDown_IsUnhealthyWhileLivenessIsHealthy()
    {
        using var ready = await Client.GetAsync("/health/ready");
        using var live = await Client.GetAsync("/health/live");

        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        live.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

public sealed class UnreachablePostgresApiFactory : OfflinePostgresApiFactory
{
    private int _closedPort;

    public override string Provider => "PostgreSQL (unreachable)";

    protected override int Port => _closedPort;

    protected override Task PrepareDatabaseAsync()
    {
        // A port the OS just handed out and that nothing listens on any more: connections are refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return Task.CompletedTask;
    }
}
