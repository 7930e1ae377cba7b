using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TimeTracking.WebApi;

/// <summary>The wire format, shared by MVC, minimal endpoints and the OpenAPI document so all three agree.</summary>
internal static class JsonContract
{
    public static void Apply(JsonSerializerOptions options)
    {
        // The seed's field names: user_id, time_spent.
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        // "42" is not 42: a client that sends the wrong type hears about it instead of being guessed at.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.AllowDuplicateProperties = false;
        // Responses are JSON documents, never inlined into HTML: write "Ü" and "'" as themselves, not \u escapes.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new UtcInstantJsonConverter());
    }
}
