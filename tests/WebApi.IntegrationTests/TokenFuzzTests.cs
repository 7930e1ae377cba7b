using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
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
        var cases = Enumerable.Range(0, Cases).Select(_ => Forge(random, genuine)).ToList();
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
        (await api.WithDbContextAsync(db => db.Tasks.CountAsync())).Should().Be(0);
    }

    [Fact]
    public async Task TheGenuineToken_TheForgeriesStartFrom_IsAccepted()
    {
        using var client = api.ClientWithToken(TestTokens.For(42));

        using var response = await client.PostJsonAsync("/track", """{"description": "genuine"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static string Forge(Random random, string genuine)
    {
        var parts = genuine.Split('.');
        var (header, payload, signature) = (parts[0], parts[1], parts[2]);
        var adminPayload = Base64Url("""{"sub":"1","role":"admin","exp":4102444800,"iss":"timetracking-tests","aud":"timetracking"}""");
        var token = random.Next(12) switch
        {
            0 => $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{adminPayload}.",
            1 => $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{payload}.",
            2 => $"{header}.{adminPayload}.{signature}", // claims swapped under a genuine signature
            3 => $"{header}.{payload}.{Tamper(random, signature)}",
            4 => $"{header}.{Tamper(random, payload)}.{signature}",
            5 => genuine[..random.Next(genuine.Length)],
            6 => genuine + Tamper(random, "x"),
            7 => Convert.ToBase64String(RandomBytes(random, random.Next(1, 600))),
            8 => $"{Base64Url("""{"alg":"HS512","typ":"JWT"}""")}.{payload}.{signature}",
            9 => $"{Base64Url("""{"alg":"RS256","typ":"JWT","kid":"../../etc/passwd"}""")}.{adminPayload}.{signature}",
            10 => string.Join('.', Enumerable.Range(0, random.Next(1, 8)).Select(_ => Base64Url(Encoding.UTF8.GetString(RandomBytes(random, 40))))),
            _ => new string('A', random.Next(1, 20_000)),
        };
        var scheme = random.Next(6) switch
        {
            0 => "bearer ",
            1 => "Bearer  ",
            2 => "Basic ",
            3 => "",
            _ => "Bearer ",
        };
        return scheme + token;
    }

    private static string Tamper(Random random, string text)
    {
        var characters = text.ToCharArray();
        var at = random.Next(characters.Length);
        characters[at] = characters[at] == 'A' ? 'B' : 'A';
        return new string(characters);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
