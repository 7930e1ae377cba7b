using System.Text;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// Authorization headers forged from a genuine token, drawn from a seeded <see cref="Random"/>: unsigned
/// (<c>alg: none</c>), re-signed claims, tampered payloads and signatures, truncations, random bytes, odd schemes.
/// None of them may be accepted.
/// </summary>
public static class ForgedTokens
{
    public static string Forge(Random random, string genuine)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(genuine);
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
            7 => Convert.ToBase64String(MalformedInput.RandomBytes(random, random.Next(1, 600))),
            8 => $"{Base64Url("""{"alg":"HS512","typ":"JWT"}""")}.{payload}.{signature}",
            9 => $"{Base64Url("""{"alg":"RS256","typ":"JWT","kid":"../../etc/passwd"}""")}.{adminPayload}.{signature}",
            10 => string.Join('.', Enumerable.Range(0, random.Next(1, 8))
                .Select(_ => Base64Url(Encoding.UTF8.GetString(MalformedInput.RandomBytes(random, 40))))),
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

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
