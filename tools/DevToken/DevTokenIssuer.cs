using System.Globalization;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TimeTracking.DevToken;

/// <summary>
/// Mints HMAC-SHA256 bearer tokens that an API configured with the same <c>Authentication:SigningKey</c> accepts:
/// for trying the API by hand and for the tests. A real deployment gets its tokens from an identity provider.
/// </summary>
public sealed record DevTokenIssuer(string SigningKey, string? Issuer = null, string? Audience = null, string UserIdClaim = "sub")
{
    public string Create(long userId, TimeSpan lifetime, params string[] roles) =>
        Create(new Dictionary<string, object>
        {
            [UserIdClaim] = userId.ToString(CultureInfo.InvariantCulture),
            ["role"] = roles,
        }, lifetime);

    /// <summary>A token carrying exactly <paramref name="claims"/>, for tests of what the API refuses.</summary>
    public string Create(IDictionary<string, object> claims, TimeSpan lifetime, DateTime? notBefore = null)
    {
        var now = notBefore ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
