using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// The app pointed at a "PostgreSQL" that accepts connections and never answers, as a hung or half-dead server
/// does: requests give up within 5 s (a 3 s connect timeout, with room for a slow machine) with a 503 instead of hanging.
/// </summary>
public sealed class DatabaseSilentTests(SilentPostgresApiFactory api) : IClassFixture<SilentPostgresApiFactory>
{
    [Fact]
    public async Task Track_WhenTheDatabaseNeverAnswers_Returns503WithinFiveSeconds()
    {
        // The first request also pays for JIT and EF's model building, seconds on a loaded 2-core machine; the
        // promise is about the database's silence, so time a request to a warm app.
        using (var warmUp = await api.Client.PostJsonAsync("/track", """{"user_id": 1, "description": "warm-up"}"""))
        {
            await warmUp.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        }

        var clock = Stopwatch.StartNew();

        using var response = await api.Client.PostJsonAsync("/track", """{"user_id": 1, "description": "x"}""");

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
    }
}

public sealed class SilentPostgresApiFactory : OfflinePostgresApiFactory
{
    private readonly TcpListener _silentServer = new(IPAddress.Loopback, 0);

    public override string Provider => "PostgreSQL (silent)";

    protected override int Port => ((IPEndPoint)_silentServer.LocalEndpoint).Port;

    protected override Task PrepareDatabaseAsync()
    {
        // The kernel completes the TCP handshakes on the listener's backlog; nothing ever reads or writes.
        _silentServer.Start();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _silentServer.Dispose();
        }

        base.Dispose(disposing);
    }
}
