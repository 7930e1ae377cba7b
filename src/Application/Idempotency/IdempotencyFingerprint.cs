using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TimeTracking.Application.Idempotency;

/// <summary>
/// What makes two requests "the same request": the message's type and the content it was bound to, not the bytes on
/// the wire. So reordered JSON fields, other whitespace or an ignored unknown field are the same request; the key
/// itself is not part of the content (<see cref="IIdempotentCommand"/>).
/// </summary>
public static class IdempotencyFingerprint
{
    public static string Of(object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.GetType();
        var content = JsonSerializer.Serialize(message, type);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{type.FullName}\n{content}")));
    }
}
