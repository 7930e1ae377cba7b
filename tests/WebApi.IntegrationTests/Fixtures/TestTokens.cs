using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using TimeTracking.DevToken;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>Bearer tokens for the tests: one signing key, issuer and audience that the app under test is told to trust.</summary>
public static class TestTokens
{
    public static DevTokenIssuer Issuer { get; } =
        new("integration-tests-signing-key-of-at-least-32-bytes", Issuer: "timetracking-tests", Audience: "timetracking");

    /// <summary>Switches the app to <c>Authentication:Mode=Jwt</c>, trusting <see cref="Issuer"/>'s tokens.</summary>
    public static void UseTestTokens(this IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Authentication:Mode", "Jwt");
        builder.UseSetting("Authentication:SigningKey", Issuer.SigningKey);
        builder.UseSetting("Authentication:Issuer", Issuer.Issuer);
        builder.UseSetting("Authentication:Audience", Issuer.Audience);
    }

    /// <summary>Makes every request of <paramref name="client"/> carry <paramref name="token"/>; none when it is null.</summary>
    public static HttpClient WithToken(this HttpClient client, string? token)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static string For(long userId, params string[] roles) => Issuer.Create(userId, TimeSpan.FromHours(1), roles);
}
