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
    // Bound and never listening: connections to its port are refused at once, and for as long as the factory lives no
    // other socket can take the port (a port merely closed again could be handed to a listener of another test).
    private readonly Socket _closedPort = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public override string Provider => "PostgreSQL (unreachable)";

    protected override int Port => ((IPEndPoint)_closedPort.LocalEndPoint!).Port;

    protected override Task PrepareDatabaseAsync()
    {
        _closedPort.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _closedPort.Dispose();
        }

        base.Dispose(disposing);
    }
}
