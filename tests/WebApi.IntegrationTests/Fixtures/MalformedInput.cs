using System.Globalization;
using System.Text;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// The fuzz runs' vocabulary of wrong: JSON values of the wrong type, range, encoding, size or nesting; broken query
/// values; odd content types and headers; bodies that are random, truncated, mis-encoded or reshaped. Every draw comes
/// from the caller's seeded <see cref="Random"/>, so a run repeats exactly.
/// </summary>
public static class MalformedInput
{
    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json", "application/json", "application/json; charset=utf-8",
        "application/json; charset=utf-16", "application/json; charset=bogus", "text/plain", "application/xml",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/*+json", ";;;", "",
        "application/merge-patch+json", "application/merge-patch+json; charset=utf-8", "application/json-patch+json",
        "application/problem+json", "text/csv",
    ];

    // Values that are wrong for a field in a different way each: types, ranges, encodings, sizes, nesting.
    private static readonly Func<Random, string>[] OddValues =
    [
        _ => "null", _ => "true", _ => "\"\"", _ => "\"42\"", _ => "1.5", _ => "-0", _ => "1e400", _ => "-1e-400",
        _ => "9223372036854775808", _ => "-9223372036854775809", _ => "99999999999999999999999999999999",
        _ => "0", _ => "-1", _ => "[]", _ => "{}", _ => "[1,2,3]", _ => "{\"a\":{\"b\":1}}", _ => "NaN", _ => "Infinity",
        random => new string('[', random.Next(1, 3000)) + new string(']', random.Next(0, 3000)),
        random => string.Concat(Enumerable.Repeat("{\"a\":", random.Next(1, 2000))) + "1" + new string('}', random.Next(0, 2000)),
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

    // Headers every route should shrug off. A few Idempotency-Keys are shared by many cases, so that repeats, other
    // bodies under one key and races all happen.
    private static readonly (string Name, string Value)[] OddHeaders =
    [
        ("Accept", "text/plain"), ("Accept", "application/xml"), ("Accept", "*/*;q=0"), ("Accept", "\u0001"),
        ("Accept-Charset", "utf-16"), ("Accept-Encoding", "gzip, br"), ("X-Forwarded-For", "not-an-ip"),
        ("Idempotency-Key", new string('k', 5_000)), ("If-Match", "\"x\""), ("Origin", "null"),
        ("Idempotency-Key", "fuzz-0"), ("Idempotency-Key", "fuzz-1"), ("Idempotency-Key", "fuzz-2"),
        ("Idempotency-Key", ""), ("Idempotency-Key", "\"\""), ("Idempotency-Key", "a b"),
    ];

    public static T Pick<T>(this Random random, IReadOnlyList<T> choices)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(choices);
        return choices[random.Next(choices.Count)];
    }

    public static string ContentType(Random random) => random.Pick(ContentTypes);

    /// <summary>A JSON value (a whole document on its own) that no field of the API accepts.</summary>
    public static string JsonValue(Random random) => random.Pick(OddValues)(random);

    public static string QueryValue(Random random) => random.Pick(OddQueryValues)(random);

    /// <summary>"?name=value&amp;…": up to four of <paramref name="names"/>, each with a value from <paramref name="value"/>.</summary>
    public static string Query(Random random, IReadOnlyList<string> names, Func<Random, string>? value = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        var parts = Enumerable.Range(0, random.Next(0, 5))
            .Select(_ => $"{random.Pick(names)}={(value ?? QueryValue)(random)}");
        return "?" + string.Join("&", parts);
    }

    public static (string Name, string Value) Header(Random random) => random.Pick(OddHeaders);

    /// <summary>
    /// A request body that is wrong in one of six ways, and what kind it is. <paramref name="validBody"/> writes the
    /// route's body, with the one field it picks set to the given JSON value when that is not null;
    /// <paramref name="reshaped"/> writes one of the route's objects bent out of shape.
    /// </summary>
    public static (byte[] Body, string Kind) Body(Random random, Func<string?, string> validBody, Func<string> reshaped)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(validBody);
        ArgumentNullException.ThrowIfNull(reshaped);
        return random.Next(6) switch
        {
            0 => (RandomBytes(random, random.Next(0, 300)), "random bytes"),
            1 => (Truncated(random, validBody(null)), "truncated JSON"),
            2 => (Encoding.UTF8.GetBytes(validBody(JsonValue(random))), "odd field value"),
            3 => (Encoding.UTF8.GetBytes(JsonValue(random)), "odd document"),
            4 => (Encoding.UTF8.GetBytes(reshaped()), "reshaped object"),
            _ => (InvalidUtf8(random, validBody(null)), "invalid UTF-8"),
        };
    }

    /// <summary>One of the usual ways to bend an object with <paramref name="field"/> out of shape.</summary>
    public static string Reshaped(Random random, string field)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(field);
        return random.Next(5) switch
        {
            0 => $"{{\"{field}\": 1, \"{field}\": 2}}",
            1 => $"{{\"{field.ToUpperInvariant()}\": 1}}",
            2 => $"[{{\"{field}\": 1}}]",
            3 => $"{{\"{field}\": 1, \"extra\": {new string('[', 100)}{new string(']', 100)}}}",
            _ => $"{{\"{field}\"}}",
        };
    }

    public static byte[] RandomBytes(Random random, int length)
    {
        ArgumentNullException.ThrowIfNull(random);
        var bytes = new byte[length];
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
}
