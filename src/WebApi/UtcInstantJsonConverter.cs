using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace TimeTracking.WebApi;

/// <summary>
/// Instants on the wire: written in UTC with a <c>Z</c>; read only when they carry their offset. System.Text.Json
/// would read <c>2023-07-18T09:00:00</c> in the server's own zone, a guess a time tracker must not make.
/// </summary>
internal sealed partial class UtcInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    private const string WrittenFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A JsonException without a message lets the serializer report "could not be converted" at the field's path.
        if (reader.TokenType != JsonTokenType.String
            || reader.GetString() is not { } text
            || !InstantWithOffset().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
        {
            throw new JsonException();
        }

        return instant.ToUniversalTime();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString(WrittenFormat, CultureInfo.InvariantCulture));
    }

    // RFC 3339: date, time to at least the minute, optional fraction, and a Z or numeric offset; nothing else.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex InstantWithOffset();
}
