using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.Application.Tasks.ListTasks;

/// <summary>
/// The opaque <c>cursor</c> of a listing page: base64url of a version byte, the last task's position (start time in
/// UTC ticks, id) and a fingerprint of the query that made it (user_id as sent, from, to, tz; not limit, so a client
/// may change the page size between pages). A cursor is a place to resume, not a permission: every page applies the
/// ownership rules afresh, so it is not signed; the fingerprint only catches a cursor sent with another query.
/// </summary>
internal readonly record struct ListingCursor(TaskPosition Position, ulong Fingerprint)
{
    private const byte Version = 1;
    private const int Length = 1 + sizeof(long) + sizeof(long) + sizeof(ulong);
    private const int EncodedLength = ((Length * 4) + 2) / 3; // unpadded base64url

    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        bytes[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(bytes[1..], Position.StartTime.UtcTicks);
        BinaryPrimitives.WriteInt64BigEndian(bytes[9..], Position.Id);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[17..], Fingerprint);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>
    /// Reads a cursor this class wrote, and nothing else: the exact length and version, an instant and an id that can
    /// exist, and the canonical spelling (no padding, no stray bits or whitespace).
    /// </summary>
    public static bool TryDecode(string? text, out ListingCursor cursor)
    {
        cursor = default;
        Span<byte> bytes = stackalloc byte[Length];
        // TryDecodeFromChars throws on anything but the alphabet (padding and whitespace included): check first.
        if (text is null
            || text.Length != EncodedLength
            || text.AsSpan().ContainsAnyExcept(Alphabet)
            || !Base64Url.TryDecodeFromChars(text, bytes, out _)
            || bytes[0] != Version
            || Base64Url.EncodeToString(bytes[..Length]) != text)
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes[1..]);
        var id = BinaryPrimitives.ReadInt64BigEndian(bytes[9..]);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks || id <= 0)
        {
            return false;
        }

        var position = new TaskPosition(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        cursor = new ListingCursor(position, BinaryPrimitives.ReadUInt64BigEndian(bytes[17..]));
        return true;
    }

    public static ListingCursor Decode(string text) =>
        TryDecode(text, out var cursor) ? cursor : throw new FormatException("Not a listing cursor.");

    /// <summary>The first 8 bytes of SHA-256 over the query's parameters as sent, each on its own line.</summary>
    public static ulong FingerprintOf(ITaskRangeQuery query)
    {
        var text = string.Join('\n', query.UserId?.ToString(System.Globalization.CultureInfo.InvariantCulture), query.From, query.To, query.TimeZone);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
