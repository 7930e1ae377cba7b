using System.Globalization;
using System.Text;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// Generated requests for the task resources and the reports: every route with its own method most of the time and
/// any other method otherwise; ids that exist, that will exist, and that are no ids at all; bodies and content types
/// of every sort (JSON vs merge patch included); odd If-Match, Idempotency-Key, Accept and other headers; odd query
/// strings; now and then a target too long to serve.
/// </summary>
/// <param name="ids">Ids to aim at: seeded tasks, and ids the run's own entries will get.</param>
/// <param name="authorization">An Authorization header for each case, or none; the default sends none.</param>
public sealed class ResourceFuzzCases(IReadOnlyList<long> ids, Func<Random, string?>? authorization = null)
{
    private sealed record Route(string Method, string Path, bool ById, string[] QueryNames);

    private static readonly string[] ReportQuery = ["user_id", "from", "to", "tz"];

    private static readonly Route[] Routes =
    [
        new("GET", "/tasks/{id}", true, []),
        new("POST", "/tasks", false, []),
        new("POST", "/tasks", false, []),
        new("PATCH", "/tasks/{id}", true, []),
        new("PATCH", "/tasks/{id}", true, []),
        new("DELETE", "/tasks/{id}", true, []),
        new("GET", "/tasks/running", false, ["user_id"]),
        new("GET", "/reports/daily", false, ReportQuery),
        // Another change adds this list; until then it answers 404/405 problem documents, after it is fuzzed too.
        new("GET", "/tasks", false, [.. ReportQuery, "limit", "cursor"]),
    ];

    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "FOO", "get"];

    // Paths a client may get slightly wrong; none may confuse the routes.
    private static readonly string[] OddPaths =
    [
        "/tasks/", "/TASKS", "/Tasks/running", "/tasks//1", "/tasks/1/", "/tasks/1/extra", "/tasks/running/1",
        "/reports/daily/", "/reports", "/reports/DAILY", "/tasks/%2e%2e/running", "/tasks/1%2F2", "/tasks/%00",
        "/tasks/running%00", "/tasks;x", "/tasks/1;v=2", "/%74asks/1", "/tasks/1%20/", "/",
    ];

    // Values each query parameter takes, so that whole queries often make sense and the handlers run.
    private static readonly Dictionary<string, string[]> GoodQueryValues = new()
    {
        ["user_id"] = ["1", "42", "7"],
        ["from"] = ["2023-07-17", "2023-07-18", "2023-06-18", "2023-01-01"],
        ["to"] = ["2023-07-18", "2023-07-19", "2023-07-17", "2024-01-01"],
        ["tz"] = ["Europe%2FBerlin", "UTC", "America%2FNew_York", "Asia%2FKathmandu"],
        ["limit"] = ["1", "10", "500", "0"],
        ["cursor"] = ["eyJpZCI6MX0", "MQ", "AAAA"],
    };

    private static readonly string[] OddQueryNames = ["USER_ID", "user_id[]", "", "%00", "from[0]", "x", "limit", "cursor"];

    // Instants the API takes: past, with offsets, fractions beyond what a database keeps, the first of all days.
    private static readonly string[] GoodInstants =
    [
        "2023-07-17T08:00:00Z", "2023-07-18T07:30:00+02:00", "2023-07-18T08:59:59.999999Z", "2023-07-18T08:15:00.1234567Z",
        "2020-02-29T12:00:00-05:00", "2023-07-18T09:00:30Z", "1970-01-01T00:00:00Z", "2023-03-26T01:30:00+01:00",
        "2023-07-18T03:00:00.0000001+05:45", "0001-01-01T00:00:00Z", "2023-07-18T08:00Z", "2023-07-18t08:00:00z",
    ];

    // Instants it must refuse, without an offset or impossible or out of every range, and things that are no instants.
    private static readonly string[] OddInstants =
    [
        "\"2023-07-18T09:00:00\"", "\"2023-07-18\"", "\"2023-02-30T00:00:00Z\"", "\"0001-01-01T00:00:00+01:00\"",
        "\"9999-12-31T23:59:59-14:00\"", "\"9999-12-31T23:59:59.9999999Z\"", "\"2023-07-18T09:00:00.12345678Z\"",
        "\"2023-07-18T09:00:00+24:00\"", "\"2023-07-18T24:00:00Z\"", "\"2016-12-31T23:59:60Z\"", "\"+002023-07-18T08:00:00Z\"",
        "1689670800", "\"2023-07-18 08:00:00Z\"", "\"2023-07-18T08:00:00+14:01\"", "\"2023-07-18T08:00:00-00:00\"",
        "\"2023-07-18T09:02:00Z\"", "\"2123-07-18T09:00:00Z\"", "\"٢٠٢٣-07-18T08:00:00Z\"", "\"2023-07-18T08:00:00Z \"",
        "\"1689670800\"", "\"P1D\"", "\"now\"",
    ];

    private static readonly string[] IfMatchValues =
    [
        "\"1\"", "\"2\"", "\"3\"", "W/\"1\"", "*", "\"abc\"", "1", "\"-1\"", "\"0\"", "\"99999999999\"", "\"1\", \"2\"",
        "\"2\", W/\"1\"", "", "\"", "\"\"", "*, \"1\"", "\"1\"\"2\"", new string('"', 3_000), "\"+1\"", "\" 1\"",
    ];

    private static readonly string[] IdempotencyKeyValues =
    [
        "res-0", "res-1", "res-2", "res-3", "\"res-0\"", "\"res-4\"", "", "\"\"", "a b", "\"a\"b\"",
        new string('k', 255), new string('k', 256), "~!@#$%^&*()", "\t", "%00",
    ];

    private static readonly (string Name, string Value)[] OddHeaders =
    [
        ("X-HTTP-Method-Override", "DELETE"), ("X-HTTP-Method", "PATCH"), ("Range", "bytes=0-10"), ("If-None-Match", "*"),
        ("If-Unmodified-Since", "yesterday"), ("If-Modified-Since", "Tue, 18 Jul 2023 09:00:00 GMT"), ("Cookie", "a=\u0001"),
        ("Authorization", "Bearer not-a-token"), ("Prefer", "return=minimal"), ("Accept-Language", "xx-YY;q=2"),
        ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "gopher"), ("TE", "trailers"), ("Max-Forwards", "0"),
    ];

    private static readonly string[] Accepts =
    [
        "text/csv", "text/csv", "application/json", "text/csv;q=0.5, application/json", "text/*", "application/xml",
        "*/*", "text/csv; charset=utf-16", "application/problem+json", "text/html",
    ];

    public FuzzRequest Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var route = random.Pick(Routes);
        var method = random.Next(10) < 7 ? route.Method : random.Pick(Methods);
        var (path, targetId, pathKind) = route.ById ? IdPath(random) : (route.Path, (long?)null, "path");
        if (random.Next(25) == 0)
        {
            (path, targetId, pathKind) = (random.Pick(OddPaths), null, "odd path");
        }

        var query = Query(random, route);
        var headers = Headers(random, route);
        if (method is "GET" or "HEAD" or "DELETE" or "OPTIONS" or "TRACE" && random.Next(10) != 0)
        {
            return new FuzzRequest(method, path, query, null, null, headers, $"{pathKind}, no body", targetId);
        }

        var contentType = random.Next(4) == 0
            ? MalformedInput.ContentType(random)
            : route.Method == "PATCH" ? "application/merge-patch+json" : "application/json";
        var (body, kind) = random.Next(3) == 0
            ? (Encoding.UTF8.GetBytes(Body(random, route, odd: null)), "well-formed body")
            : MalformedInput.Body(
                random,
                odd => Body(random, route, odd),
                () => MalformedInput.Reshaped(random, random.Pick(route.Method == "POST" ? TaskFields : PatchFields)));
        return new FuzzRequest(method, path, query, body, contentType, headers, $"{pathKind}, {kind}", targetId);
    }

    private static readonly string[] TaskFields = ["user_id", "description", "start_time", "end_time"];
    private static readonly string[] PatchFields = ["description", "start_time", "end_time"];

    /// <summary>The task id in the path, and the id the server should read from it (null when it is no id).</summary>
    private (string Path, long? Id, string Kind) IdPath(Random random)
    {
        var id = random.Pick(ids);
        var text = id.ToString(CultureInfo.InvariantCulture);
        (string Segment, long? Id) segment = random.Next(12) switch
        {
            < 7 => (text, id),
            // Sign, leading zeros and surrounding white space are read as the number, the route's long constraint and
            // binding alike.
            7 => random.Next(2) == 0
                ? (random.Pick(["+", "%2B", "0", "000", "%20"]) + text, id)
                : (text + random.Pick(["%20", "%0A", "%09", "%0B", "%0D"]), id),
            8 => random.Pick<(string, long?)>([("0", 0), ("-1", -1), ("-0", 0), ("9223372036854775807", long.MaxValue),
                ("-9223372036854775808", long.MinValue), ("2147483648", 2_147_483_648)]),
            9 => (random.Pick(["9223372036854775808", "99999999999999999999999", "1e3", "1.5", "0x1", "abc", "running",
                "%F0%9F%98%80", "%EF%BC%91", "١", "%20", "NaN", "null", "{id}", "1%2C2", "%E2%80%AE1"]), null),
            10 => (text + random.Pick(["%00", ".0", "abc", "%0E", "%2F1", "'", "%22"]), null),
            _ => (new string('7', random.Next(20, 2_000)), null),
        };
        return ($"/tasks/{segment.Segment}", segment.Id, segment.Id == id ? "id" : "odd id");
    }

    private static string Query(Random random, Route route)
    {
        if (random.Next(400) == 0)
        {
            // Now under, now over what is served, now over what Kestrel reads at all.
            return "?user_id=" + new string('9', random.Next(6_000, 40_000));
        }

        if (route.QueryNames.Length == 0 || random.Next(5) == 0)
        {
            return random.Next(8) == 0 ? MalformedInput.Query(random, OddQueryNames) : string.Empty;
        }

        // Mostly plausible, so the handlers are reached; every part may be missing, odd, repeated or unknown.
        var parts = route.QueryNames
            .Where(_ => random.Next(5) != 0)
            .Select(name => $"{name}={(random.Next(6) == 0 ? MalformedInput.QueryValue(random) : random.Pick(GoodQueryValues[name]))}")
            .ToList();
        if (random.Next(6) == 0)
        {
            var name = random.Pick(route.QueryNames);
            parts.Add($"{name}={random.Pick(GoodQueryValues[name])}");
        }

        return "?" + string.Join("&", parts.OrderBy(_ => random.Next()));
    }

    private (string Name, string Value)[] Headers(Random random, Route route)
    {
        var headers = new List<(string Name, string Value)>();
        if (authorization?.Invoke(random) is { } credentials)
        {
            headers.Add(("Authorization", credentials));
        }

        if (route.Method == "PATCH" && random.Next(2) == 0)
        {
            headers.Add(("If-Match", random.Pick(IfMatchValues)));
        }

        if (route.Method == "POST" && random.Next(2) == 0)
        {
            headers.Add(("Idempotency-Key", random.Pick(IdempotencyKeyValues)));
        }

        if (route.Method == "GET" && random.Next(3) == 0)
        {
            headers.Add(("Accept", random.Pick(Accepts)));
        }

        if (random.Next(6) == 0)
        {
            headers.Add(random.Next(2) == 0 ? MalformedInput.Header(random) : random.Pick(OddHeaders));
        }

        return [.. headers];
    }

    /// <summary>An entry (POST) or a merge patch (PATCH, and any other method), with one member odd when given.</summary>
    private static string Body(Random random, Route route, string? odd)
    {
        var entry = route.Method == "POST";
        var members = new Dictionary<string, string>();
        if (entry)
        {
            if (random.Next(6) != 0)
            {
                members["user_id"] = random.Pick(["1", "42", "7"]);
            }

            members["description"] = Description(random);
            members["start_time"] = Instant(random);
            if (random.Next(2) == 0)
            {
                members["end_time"] = Instant(random);
            }
        }
        else if (random.Next(2) == 0)
        {
            members["description"] = Description(random); // The correction most likely to be possible.
        }
        else
        {
            foreach (var field in PatchFields.Where(_ => random.Next(2) == 0))
            {
                members[field] = field == "description" ? Description(random) : Instant(random);
            }
        }

        if (odd is not null)
        {
            var field = random.Pick(entry ? TaskFields : PatchFields);
            members[field] = field.EndsWith("_time", StringComparison.Ordinal) && random.Next(2) == 0 ? random.Pick(OddInstants) : odd;
        }

        return "{" + string.Join(", ", members.Select(member => $"\"{member.Key}\": {member.Value}")) + "}";
    }

    private static string Description(Random random) =>
        random.Pick(["\"fuzz\"", "\"  padded  \"", "\"😀 ñ 日本\"", "\"a\\nb\"", $"\"{new string('d', 1000)}\"", $"\"{new string('d', 1001)}\""]);

    private static string Instant(Random random) => $"\"{random.Pick(GoodInstants)}\"";
}
