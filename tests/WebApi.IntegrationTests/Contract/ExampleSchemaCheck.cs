using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TimeTracking.WebApi.IntegrationTests.Contract;

/// <summary>
/// Checks a JSON example against the JSON Schema it illustrates, for the keywords our document uses. Stricter than
/// JSON Schema in one way on purpose: an object may have only the properties its schema declares (unless it has
/// <c>additionalProperties</c>), so an example that misspells a field fails. A keyword it does not know fails too,
/// rather than passing unchecked: teach it the keyword.
/// </summary>
public sealed partial class ExampleSchemaCheck(JsonElement document)
{
    private static readonly HashSet<string> Annotations =
        ["description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "externalDocs"];

    /// <summary>What is wrong with <paramref name="value"/> as an instance of <paramref name="schema"/>; empty when nothing.</summary>
    public IReadOnlyList<string> Problems(JsonElement value, JsonElement schema, string at = "$")
    {
        var problems = new List<string>();
        Check(value, schema, at, problems);
        return problems;
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Resolve(reference.GetString()!), at, problems);
            return;
        }

        var types = schema.TryGetProperty("type", out var type) ? TypesOf(type) : null;
        if (types is not null && !types.Any(candidate => IsOfType(value, candidate)))
        {
            problems.Add($"{at}: {value.ValueKind} {Shown(value)} is not of type {string.Join(" or ", types)}");
            return;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "type":
                    break;
                case "format":
                    CheckFormat(value, keyword.Value.GetString()!, at, problems);
                    break;
                case "properties" or "required" or "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object && keyword.Name == "properties")
                    {
                        CheckObject(value, schema, at, problems);
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var index = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Check(item, keyword.Value, $"{at}[{index++}]", problems);
                        }
                    }

                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(allowed => JsonElement.DeepEquals(allowed, value)))
                    {
                        problems.Add($"{at}: {Shown(value)} is not one of {keyword.Value.GetRawText()}");
                    }

                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, keyword.Value.GetString()!))
                    {
                        problems.Add($"{at}: {Shown(value)} does not match {keyword.Value.GetString()}");
                    }

                    break;
                case "minLength" or "maxLength":
                    CheckBound(value.ValueKind == JsonValueKind.String ? value.GetString()!.Length : null, keyword, at, problems);
                    break;
                case "minimum" or "maximum":
                    CheckBound(value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null, keyword, at, problems);
                    break;
                case var annotation when Annotations.Contains(annotation):
                    break;
                default:
                    problems.Add($"{at}: the schema uses '{keyword.Name}', which {nameof(ExampleSchemaCheck)} cannot check yet");
                    break;
            }
        }

        if (value.ValueKind == JsonValueKind.Object && !schema.TryGetProperty("properties", out _))
        {
            CheckObject(value, schema, at, problems);
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string at, List<string> problems)
    {
        var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(name => name.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    problems.Add($"{at}: the required property '{name}' is missing");
                }
            }
        }

        var additional = schema.TryGetProperty("additionalProperties", out var extra) ? extra : default;
        foreach (var member in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(member.Name, out var property))
            {
                Check(member.Value, property, $"{at}.{member.Name}", problems);
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(member.Value, additional, $"{at}.{member.Name}", problems);
            }
            else if (additional.ValueKind != JsonValueKind.True)
            {
                problems.Add($"{at}: the property '{member.Name}' is not in the schema");
            }
        }
    }

    private static void CheckFormat(JsonElement value, string format, string at, List<string> problems)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var valid = format switch
        {
            "int32" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
            "int64" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "double" or "float" => value.ValueKind == JsonValueKind.Number,
            "date-time" => value.ValueKind == JsonValueKind.String && DateTimeWithOffset().IsMatch(value.GetString()!)
                && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date" => value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
        if (!valid)
        {
            problems.Add($"{at}: {Shown(value)} is not a valid {format}");
        }
    }

    private static void CheckBound(decimal? actual, JsonProperty keyword, string at, List<string> problems)
    {
        if (actual is not { } measured)
        {
            return;
        }

        var bound = keyword.Value.GetDecimal();
        if (keyword.Name.StartsWith("min", StringComparison.Ordinal) ? measured < bound : measured > bound)
        {
            problems.Add($"{at}: {measured} breaks {keyword.Name} {bound}");
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/components/schemas/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only references to component schemas are followed, not {reference}.");
        }

        return document.GetProperty("components").GetProperty("schemas").GetProperty(reference[prefix.Length..]);
    }

    private static string[] TypesOf(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Select(name => name.GetString()!).ToArray()
        : [type.GetString()!];

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && decimal.TryParse(value.GetRawText(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ => false,
    };

    private static string Shown(JsonElement value) => value.GetRawText() is { Length: > 60 } text ? text[..60] + "…" : value.GetRawText();

    /// <summary>RFC 3339: the contract reads instants only with an offset (UtcInstantJsonConverter).</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimeWithOffset();
}
