using System.Net;
using System.Text;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Forged and mangled bearer tokens, generated from a seed: unsigned (<c>alg: none</c>), re-signed claims, tampered
/// payloads and signatures, truncations, random bytes, odd schemes. Every one is refused with a 401 problem
/// document, none reaches a handler, and nothing is stored.
/// </summary>
[Collection(OnAuthenticatedPostgres.Name)]
public sealed class TokenFuzzTests(AuthenticatedApiFactory api) : IAsyncLifetime
{
    private const int Cases = 2_000;
    private const int Seed = 20_261_130;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ForgedTokens_AreAllRefusedWith401_AndStoreNothing()
    {
        var random = new Random(Seed);
        var genuine = TestTokens.For(42);
        var cases = Enumerable.Range(0, Cases).Select(_ => ForgedTokens.Forge(random, genuine)).ToList();
        var failures = new List<string>();
        using var client = api.ClientWithToken(null);

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (authorization, cancellationToken) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/track", UriKind.Relative))
            {
                Content = new StringContent("""{"description": "forged"}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var response = await client.SendAsync(request, cancellationToken);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (response.StatusCode != HttpStatusCode.Unauthorized || mediaType != "application/problem+json")
            {
                lock (failures)
                {
                    failures.Add($"{(int)response.StatusCode} {mediaType} for Authorization: {authorization[..Math.Min(120, authorization.Length)]}");
                }
            }
        });

        failures.Should().BeEmpty();
        (await api.CountTasksAsync()).Should().Be(0);
    }

    [Fact]
    public async Task TheGenuineToken_TheForgeriesStartFrom_IsAccepted()
    {
        using var client = api.ClientWithToken(TestTokens.For(42));

        using var response = await client.PostJsonAsync("/track", """{"description": "genuine"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
