namespace TimeTracking.Application.Idempotency;

/// <summary>What an idempotency key may be.</summary>
public static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>Long enough for any UUID or hash a client may use; the key is stored and indexed.</summary>
    public const int MaxLength = 255;

    /// <summary>1 to <see cref="MaxLength"/> characters from '!' to '~': no spaces, controls or non-ASCII.</summary>
    public static bool IsWellFormed(string key) =>
        key.Length is > 0 and <= MaxLength && key.All(character => character is >= '!' and <= '~');
}
