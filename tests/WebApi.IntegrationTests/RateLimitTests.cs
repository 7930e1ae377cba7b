using System.Net;
using Microsoft.AspNetCore.Hosting;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>A caller over its budget hears 429 and when to come back; probes are never throttled.</summary>
public sealed class RateLimitTests(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task Requests_OverTheBudget_Get429WithRetryAfterWhileHealthStaysReachable()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitedApiFactory.Burst + 2; i++)
        {
            using var response = await api.Client.GetAsync("/times?user_id=1&date=2023-07-18");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                await response.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
                response.Headers.RetryAfter?.Delta.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
            }
        }

        using var health = await api.Client.GetAsync("/health/live");

        statuses.Take(RateLimitedApiFactory.Burst).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        statuses.Should().Contain(HttpStatusCode.TooManyRequests);
        health.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

public sealed class ForwardedHeadersTests(ProxiedApiFactory api) : IClassFixture<ProxiedApiFactory>
{
    [Fact]
    public async Task Callers_BehindATrustedProxy_AreCountedByTheirForwardedAddress()
    {
        for (var i = 0; i < RateLimitedApiFactory.Burst; i++)
        {
            (await SendAsync("203.0.113.7")).Should().Be(HttpStatusCode.OK);
        }

        var overBudget = await SendAsync("203.0.113.7");
        var anotherClient = await SendAsync("198.51.100.9");

        overBudget.Should().Be(HttpStatusCode.TooManyRequests);
        anotherClient.Should().Be(HttpStatusCode.OK);
    }

    private async Task<HttpStatusCode> SendAsync(string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/times?user_id=1&date=2023-07-18", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", clientAddress);
        using var response = await api.Client.SendAsync(request);
        return response.StatusCode;
    }
}

/// <summary>With bearer tokens, the caller is the user: users who share an address each get their own budget.</summary>
public sealed class PerUserRateLimitTests(AuthenticatedRateLimitedApiFactory api) : IClassFixture<AuthenticatedRateLimitedApiFactory>
{
    [Fact]
    public async Task Users_SharingAnAddress_AreCountedSeparately()
    {
        using var alice = api.CreateClient().WithToken(TestTokens.For(42));
        using var bob = api.CreateClient().WithToken(TestTokens.For(43));
        var aliceStatuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitedApiFactory.Burst; i++)
        {
            using var response = await alice.GetAsync("/times?date=2023-07-18");
            aliceStatuses.Add(response.StatusCode);
        }

        using var bobs = await bob.GetAsync("/times?date=2023-07-18");

        aliceStatuses.Take(RateLimitedApiFactory.Burst).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        aliceStatuses[^1].Should().Be(HttpStatusCode.TooManyRequests);
        bobs.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

public sealed class AuthenticatedRateLimitedApiFactory : RateLimitedApiFactory
{
    protected override void UseDatabase(IWebHostBuilder builder)
    {
        base.UseDatabase(builder);
        builder.UseTestTokens();
    }
}

/// <summary>The rate-limited app behind a proxy on loopback, which is where the test client connects from.</summary>
public sealed class ProxiedApiFactory : RateLimitedApiFactory
{
    protected override void UseDatabase(IWebHostBuilder builder)
    {
        base.UseDatabase(builder);
        builder.UseSetting("ForwardedHeaders:Enabled", "true");
    }
}

/// <summary>SQLite with a budget of three requests refilled at one a second.</summary>
public class RateLimitedApiFactory : SqliteApiFactory
{
    public const int Burst = 3;

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        base.UseDatabase(builder);
        builder.UseSetting("RateLimiting:Enabled", "true");
        builder.UseSetting("RateLimiting:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimiting:PermitsPerSecond", "1");
    }
}
