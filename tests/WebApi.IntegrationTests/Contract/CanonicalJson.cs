using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

/// <summary>JSON compared by meaning: members in ordinal order, whitespace ignored; array order counts.</summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document as the repository keeps it: indented by two, as served otherwise, ending in a newline.</summary>
    public static string ForFile(string json) => JsonNode.Parse(json)!.ToJsonString(Indented) + "\n";

    public static string Normalise(string json) => Sorted(JsonNode.Parse(json))?.ToJsonString(Indented) ?? "null";

    /// <summary>
    /// Null when <paramref name="expected"/> and <paramref name="actual"/> are the same JSON; otherwise the lines of
    /// their normalised forms that differ, with a little context, prefixed "-" (expected) and "+" (actual).
    /// </summary>
    public static string? Difference(string expected, string actual, int maxLines = 60)
    {
        var before = Normalise(expected).Split('\n');
        var after = Normalise(actual).Split('\n');
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        if (prefix == before.Length && prefix == after.Length)
        {
            return null;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix
            && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        const int context = 3;
        var excerpt = new StringBuilder();
        excerpt.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"@@ normalised line {prefix + 1} @@");
        foreach (var line in before[Math.Max(0, prefix - context)..prefix])
        {
            excerpt.AppendLine("  " + line);
        }

        var changed = before[prefix..^suffix].Select(line => "- " + line)
            .Concat(after[prefix..^suffix].Select(line => "+ " + line)).ToList();
        foreach (var line in changed.Take(maxLines))
        {
            excerpt.AppendLine(line);
        }

        if (changed.Count > maxLines)
        {
            excerpt.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"… and {changed.Count - maxLines} more changed lines");
        }

        foreach (var line in before[^suffix..].Take(context))
        {
            excerpt.AppendLine("  " + line);
        }

        return excerpt.ToString();
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject members => new JsonObject(members
            .OrderBy(member => member.Key, StringComparer.Ordinal)
            .Select(member => KeyValuePair.Create(member.Key, Sorted(member.Value)))),
        JsonArray items => new JsonArray(items.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };
}
