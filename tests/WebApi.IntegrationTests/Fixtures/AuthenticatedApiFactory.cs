using Microsoft.AspNetCore.Hosting;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// PostgreSQL with <c>Authentication:Mode=Jwt</c>. Its default <see cref="ApiFactory.Client"/> is an administrator's,
/// so the seed's contract (which names users) holds as it is; <see cref="ClientFor"/> gives an ordinary user's.
/// </summary>
public sealed class AuthenticatedApiFactory : PostgresApiFactory
{
    public const long AdminUserId = 1;

    /// <summary>A client whose every request carries <paramref name="token"/>, or no token when it is null.</summary>
    public HttpClient ClientWithToken(string? token) => CreateClient().WithToken(token);

    public HttpClient ClientFor(long userId, params string[] roles) => ClientWithToken(TestTokens.For(userId, roles));

    protected override HttpClient CreateCallerClient() => ClientFor(AdminUserId, "admin");

    protected override void UseDatabase(IWebHostBuilder builder)
    {
        base.UseDatabase(builder);
        builder.UseTestTokens();
    }
}
