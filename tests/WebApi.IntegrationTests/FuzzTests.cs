using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Ten thousand generated requests, malformed in every way a seeded generator can think of, thrown at every
/// endpoint over HTTP against PostgreSQL: no 5xx, every error a problem document, and nothing stored beyond what
/// the accepted requests asked for.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class FuzzTests(PostgresApiFactory api) : IAsyncLifetime
{
    private const int Cases = 10_000;
    private const int Seed = 20_261_125;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GeneratedBadRequests_NeverFailTheServer_AndChangeOnlyWhatWasAccepted()
    {
        var runningIds = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            runningIds.Add(await api.Client.TrackAsync(userId: 1, description: $"seeded {i}"));
        }

        var random = new Random(Seed);
        var cases = Enumerable.Range(0, Cases).Select(_ => FuzzCase.Generate(random, runningIds)).ToList();
        var failures = new List<string>();
        var acceptedTracks = 0;
        var acceptedStops = 0;

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (fuzz, cancellationToken) =>
        {
            using var request = fuzz.ToRequest();
            HttpResponseMessage response;
            try
            {
                response = await api.Client.SendAsync(request, cancellationToken);
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
            var status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);

            lock (failures)
            {
                if (status >= 500)
                {
                    failures.Add($"{status} for {fuzz}: {Shorten(text)}");
                }
                else if (status >= 400 && mediaType != "application/problem+json")
                {
                    failures.Add($"{status} as {mediaType ?? "no content type"} for {fuzz}");
                }
                else if (response.IsReplay())
                {
                    // A repeat answered from its key's stored answer: it changed nothing.
                }
                else if (status == 200 && fuzz.Path == "/track")
                {
                    acceptedTracks++;
                }
                else if (status == 200 && fuzz.Path == "/stop")
                {
                    acceptedStops++;
                }
            }
        });

        failures.Should().BeEmpty($"{failures.Count} of {Cases} cases failed, e.g.:\n{string.Join("\n", failures.Take(10))}");
        var (stored, stopped) = await api.WithDbContextAsync(async db =>
            (await db.Tasks.CountAsync(), await db.Tasks.CountAsync(task => task.EndTime != null)));
        stored.Should().Be(runningIds.Count + acceptedTracks, "only accepted tracks may add tasks");
        stopped.Should().Be(acceptedStops, "only accepted stops may stop tasks");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>One generated request; its description is what a failure message shows.</summary>
    private sealed record FuzzCase(string Method, string Path, string Query, byte[]? Body, string? ContentType,
        (string Name, string Value)[] Headers, string Kind)
    {
        private static readonly string[] Paths = ["/track", "/stop", "/times"];
        private static readonly string[] Methods = ["POST", "POST", "POST", "GET", "GET", "PUT", "DELETE", "PATCH"];
        private static readonly string[] ContentTypes =
        [
            "application/json", "application/json", "application/json", "application/json; charset=utf-8",
            "application/json; charset=utf-16", "application/json; charset=bogus", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/*+json", ";;;", "",
        ];

        // Values that are wrong for a field in a different way each: types, ranges, encodings, sizes, nesting.
        private static readonly Func<Random, string>[] OddValues =
        [
            _ => "null", _ => "true", _ => "\"\"", _ => "\"42\"", _ => "1.5", _ => "-0", _ => "1e400", _ => "-1e-400",
            _ => "9223372036854775808", _ => "-9223372036854775809", _ => "99999999999999999999999999999999",
            _ => "0", _ => "-1", _ => "[]", _ => "{}", _ => "[1,2,3]", _ => "{\"a\":{\"b\":1}}", _ => "NaN", _ => "Infinity",
            random => new string('[', random.Next(1, 3000)) + new string(']', random.Next(0, 3000)),
            random => "\"" + new string('x', random.Next(1_000, 70_000)) + "\"",
            _ => "\"\\ud800\"", _ => "\"\\udc00x\\ud800\"", _ => "\"\\u0000\"", _ => "\"a\\u0000b\"",
            _ => "\"\u202Eevil\u202C\"", _ => "\"\u200B\u200B\"", _ => "\"\uFEFFbom\"", _ => "\"😀 ñ 日本\"",
            _ => "\"   \"", _ => "\"\\t\\n\"", _ => "\"\\x41\"", _ => "'single'", _ => "undefined", _ => "0x10",
            random => random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture),
        ];

        private static readonly Func<Random, string>[] OddQueryValues =
        [
            _ => "", _ => "abc", _ => "1.5", _ => "-1", _ => "0", _ => "99999999999999999999", _ => "%ZZ", _ => "%00",
            _ => "%C3%28", _ => "%F0%9F%98%80", _ => "2023-02-30", _ => "2023-7-1", _ => "07%2F16%2F2023",
            _ => "yesterday", _ => "Mars%2FOlympus", _ => "..%2F..%2Fetc%2Fpasswd", _ => "%E2%80%AE",
            random => new string('9', random.Next(20, 5_000)), _ => "2023-07-18", _ => "42", _ => "Europe%2FBerlin",
        ];

        public static FuzzCase Generate(Random random, IReadOnlyList<long> runningIds)
        {
            var path = Paths[random.Next(Paths.Length)];
            var method = random.Next(10) < 8 ? (path == "/times" ? "GET" : "POST") : Methods[random.Next(Methods.Length)];
            var headers = random.Next(5) == 0 ? OddHeaders(random) : [];
            var query = path == "/times" || random.Next(10) == 0 ? OddQuery(random) : string.Empty;
            if (method is "GET" or "DELETE")
            {
                return new FuzzCase(method, path, query, null, null, headers, "no body");
            }

            var contentType = random.Next(4) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : "application/json";
            var (body, kind) = random.Next(6) switch
            {
                0 => (RandomBytes(random), "random bytes"),
                1 => (Truncated(random, ValidBody(random, path, runningIds)), "truncated JSON"),
                2 => (Encoding.UTF8.GetBytes(ValidBody(random, path, runningIds, oddField: true)), "odd field value"),
                3 => (Encoding.UTF8.GetBytes(OddValues[random.Next(OddValues.Length)](random)), "odd document"),
                4 => (Encoding.UTF8.GetBytes(Reshaped(random, path)), "reshaped object"),
                _ => (InvalidUtf8(random, ValidBody(random, path, runningIds)), "invalid UTF-8"),
            };
            return new FuzzCase(method, path, query, body, contentType, headers, kind);
        }

        public HttpRequestMessage ToRequest()
        {
            var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(Path + Query, UriKind.Relative));
            // A connection per case: Kestrel closes a connection after some errors (an unread body, say), and a
            // client that raced to reuse it would report a missing response that the server never owed.
            request.Headers.ConnectionClose = true;
            if (Body is not null)
            {
                request.Content = new ByteArrayContent(Body);
                if (ContentType is { Length: > 0 } && MediaTypeHeaderValue.TryParse(ContentType, out var parsed))
                {
                    request.Content.Headers.ContentType = parsed;
                }
            }

            foreach (var (name, value) in Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            return request;
        }

        public override string ToString()
        {
            var body = Body is null ? "no body" : Encoding.UTF8.GetString(Body);
            return $"{Kind}: {Method} {Path}{Shorten(Query)} [{ContentType}] {Shorten(body)}";
        }

        private static string ValidBody(Random random, string path, IReadOnlyList<long> runningIds, bool oddField = false)
        {
            var id = runningIds[random.Next(runningIds.Count)].ToString(CultureInfo.InvariantCulture);
            var userId = random.Next(1, 1000).ToString(CultureInfo.InvariantCulture);
            var description = "\"fuzz\"";
            var odd = oddField ? OddValues[random.Next(OddValues.Length)](random) : null;
            return path == "/stop"
                ? $"{{\"id\": {odd ?? id}}}"
                : random.Next(2) == 0
                    ? $"{{\"user_id\": {odd ?? userId}, \"description\": {description}}}"
                    : $"{{\"user_id\": {userId}, \"description\": {odd ?? description}}}";
        }

        private static string Reshaped(Random random, string path)
        {
            var field = path == "/stop" ? "id" : random.Next(2) == 0 ? "user_id" : "description";
            return random.Next(5) switch
            {
                0 => $"{{\"{field}\": 1, \"{field}\": 2}}",
                1 => $"{{\"{field.ToUpperInvariant()}\": 1}}",
                2 => $"[{{\"{field}\": 1}}]",
                3 => $"{{\"{field}\": 1, \"extra\": {new string('[', 100)}{new string(']', 100)}}}",
                _ => $"{{\"{field}\"}}",
            };
        }

        private static byte[] RandomBytes(Random random)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            return bytes;
        }

        private static byte[] Truncated(Random random, string json) =>
            Encoding.UTF8.GetBytes(json[..random.Next(0, json.Length)]);

        private static byte[] InvalidUtf8(Random random, string json)
        {
            var bytes = Encoding.UTF8.GetBytes(json).ToList();
            byte[][] broken = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C, 0x28], [0xC0, 0xAF]];
            bytes.InsertRange(random.Next(bytes.Count + 1), broken[random.Next(broken.Length)]);
            return [.. bytes];
        }

        private static string OddQuery(Random random)
        {
            string[] names = ["user_id", "date", "tz", "user_id", "date", "USER_ID", "x", "user_id[]", "", "%00"];
            var parts = Enumerable.Range(0, random.Next(0, 5))
                .Select(_ => $"{names[random.Next(names.Length)]}={OddQueryValues[random.Next(OddQueryValues.Length)](random)}");
            return "?" + string.Join("&", parts);
        }

        private static (string Name, string Value)[] OddHeaders(Random random)
        {
            (string, string)[] choices =
            [
                ("Accept", "text/plain"), ("Accept", "application/xml"), ("Accept", "*/*;q=0"), ("Accept", "\u0001"),
                ("Accept-Charset", "utf-16"), ("Accept-Encoding", "gzip, br"), ("X-Forwarded-For", "not-an-ip"),
                ("Idempotency-Key", new string('k', 5_000)), ("If-Match", "\"x\""), ("Origin", "null"),
                // A few keys shared by many cases, so that repeats, other bodies under one key and races all happen.
                ("Idempotency-Key", "fuzz-0"), ("Idempotency-Key", "fuzz-1"), ("Idempotency-Key", "fuzz-2"),
                ("Idempotency-Key", ""), ("Idempotency-Key", "\"\""), ("Idempotency-Key", "a b"),
            ];
            return [choices[random.Next(choices.Length)]];
        }

        private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
    }
}
