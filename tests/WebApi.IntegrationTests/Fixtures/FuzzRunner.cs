using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// Sends a fuzz run's requests, eight at a time, and checks what every answer must be whatever was asked: an answer
/// at all, never a 5xx, and every 4xx an RFC 9457 problem document whose <c>status</c> is the response's.
/// </summary>
public static partial class FuzzRunner
{
    private static readonly Uri Origin = new("http://localhost");

    /// <summary>
    /// Sends every case; returns what went wrong, one line per case, and how often each status answered each route.
    /// Each answer below 400 goes to <paramref name="accepted"/> (called one at a time, with the body read), which
    /// says what is wrong with it, if anything.
    /// </summary>
    public static async Task<FuzzReport> SendAllAsync(
        HttpClient client, IReadOnlyList<FuzzRequest> cases, Func<FuzzRequest, HttpResponseMessage, string, string?> accepted)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(accepted);
        var failures = new List<string>();
        var answers = new Dictionary<string, int>();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (fuzz, cancellationToken) =>
        {
            using var request = fuzz.ToRequest();
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException exception)
            {
                lock (failures)
                {
                    failures.Add($"no response ({exception.InnerException?.Message ?? exception.Message}) for {fuzz}");
                }

                return;
            }

            using var _ = response;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            lock (failures)
            {
                var answer = $"{fuzz.Method.ToUpperInvariant()} {Digits().Replace(fuzz.Path, "{n}")} → {(int)response.StatusCode}";
                answers[answer] = answers.GetValueOrDefault(answer) + 1;
                var failure = (int)response.StatusCode < 400 ? accepted(fuzz, response, text) : Refusal(fuzz, response, text);
                if (failure is not null)
                {
                    failures.Add($"{failure} for {fuzz}");
                }
            }
        });

        return new FuzzReport(failures, answers);
    }

    /// <summary>What is wrong with an answer of 400 or more, if anything.</summary>
    private static string? Refusal(FuzzRequest fuzz, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500)
        {
            return $"{status}: {FuzzRequest.Shorten(text, 300)}";
        }

        if (status == StatusCodes.Status414UriTooLong && RequestLineBytes(fuzz) > RequestLimits.KestrelMaxRequestLineBytes)
        {
            // Kestrel refuses a request line over its limit while parsing it, before any middleware runs, and writes
            // that answer itself, without a body (no hook exists to write one: aspnet/KestrelHttpServer#2947). Below
            // that limit, RequestLimits answers an over-long target with a problem document, which the rest asserts.
            return null;
        }

        if (status == StatusCodes.Status400BadRequest && mediaType is null && fuzz.Path.Contains("%00", StringComparison.Ordinal))
        {
            // Likewise, Kestrel refuses a path that decodes to a NUL character while parsing the request line, and
            // answers a bare 400 before any middleware runs.
            return null;
        }

        if (mediaType != "application/problem+json")
        {
            return $"{status} as {mediaType ?? "no content type"}";
        }

        if (fuzz.Method == HttpMethods.Head)
        {
            return null; // An answer to HEAD has no body by definition.
        }

        try
        {
            using var problem = JsonDocument.Parse(text);
            return problem.RootElement.TryGetProperty("status", out var stated) && stated.TryGetInt32(out var value) && value == status
                ? null
                : $"{status} with a problem document that states another status: {FuzzRequest.Shorten(text, 300)}";
        }
        catch (JsonException)
        {
            return $"{status} as application/problem+json that is not JSON: {FuzzRequest.Shorten(text, 300)}";
        }
    }

    // "METHOD target HTTP/1.1\r\n", as Kestrel counts the request line against its limit.
    private static int RequestLineBytes(FuzzRequest fuzz) =>
        fuzz.Method.Length + 1 + new Uri(Origin, fuzz.Target).PathAndQuery.Length + " HTTP/1.1\r\n".Length;

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}

/// <summary>What a fuzz run found wrong, and how often each status answered each method and path (ids as {n}).</summary>
public sealed record FuzzReport(IReadOnlyList<string> Failures, IReadOnlyDictionary<string, int> Answers)
{
    /// <summary>The most frequent answers, one per line, to show what the run reached.</summary>
    public string Summary(int lines = 40) => string.Join("\n", Answers
        .OrderByDescending(answer => answer.Value).ThenBy(answer => answer.Key, StringComparer.Ordinal)
        .Take(lines)
        .Select(answer => $"{answer.Value,6}  {FuzzRequest.Shorten(answer.Key, 80)}"));
}
