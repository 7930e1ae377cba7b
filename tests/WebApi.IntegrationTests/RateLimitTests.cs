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
        HttpResponseMessage? refused = null;
        var accepted = await Budget.SpendAsync(async () =>
        {
            var response = await api.Client.GetAsync("/times?user_id=1&date=2023-07-18");
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
            return response.StatusCode;
        });

        using var health = await api.Client.GetAsync("/health/live");

        accepted.Should().BeGreaterThanOrEqualTo(RateLimitedApiFactory.Burst);
        await refused!.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        refused!.Headers.RetryAfter?.Delta.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
        health.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

/// <summary>
/// Spends a caller's budget. The bucket refills while the test runs, so on a busy machine more than the burst may get
/// through; what must hold is that the burst does, and that sending on ends in a 429.
/// </summary>
internal static class Budget
{
    /// <summary>Sends until the first 429 and answers how many were accepted before it; fails if none is refused.</summary>
    public static async Task<int> SpendAsync(Func<Task<HttpStatusCode>> send)
    {
        for (var accepted = 0; accepted < 100; accepted++)
        {
            var status = await send();
            if (status == HttpStatusCode.TooManyRequests)
            {
                return accepted;
            }

            status.Should().Be(HttpStatusCode.OK);
        }

        throw new InvalidOperationException("100 requests in a row were accepted: the budget is not enforced.");
    }
}

public sealed class ForwardedHeadersTests(ProxiedApiFactory api) : IClassFixture<ProxiedApiFactory>
{
    [Fact]
    public async Task Callers_BehindATrustedProxy_AreCountedByTheirForwardedAddress()
    {
        var accepted = await Budget.SpendAsync(() => SendAsync("203.0.113.7"));

        var anotherClient = await SendAsync("198.51.100.9");

        accepted.Should().BeGreaterThanOrEqualTo(RateLimitedApiFactory.Burst);
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
        var accepted = await Budget.SpendAsync(async () =>
        {
            using var response = await alice.GetAsync("/times?date=2023-07-18");
            return response.StatusCode;
        });

        using var bobs = await bob.GetAsync("/times?date=2023-07-18");

        accepted.Should().BeGreaterThanOrEqualTo(RateLimitedApiFactory.Burst);
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
