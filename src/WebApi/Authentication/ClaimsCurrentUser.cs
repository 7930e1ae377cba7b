using System.Globalization;
using System.Security.Claims;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.WebApi.Authentication;

/// <summary><c>Authentication:Mode=Jwt</c>: the caller is the user the validated token names.</summary>
internal sealed class ClaimsCurrentUser(IHttpContextAccessor httpContextAccessor, AuthenticationSettings settings) : ICurrentUser
{
    private ClaimsPrincipal Principal =>
        httpContextAccessor.HttpContext?.User ?? throw new InvalidOperationException("No request is being handled.");

    public long? Id => UserIdOf(Principal, settings);

    public bool MayActForAnyUser => IsAdmin(Principal, settings);

    /// <summary>The positive 64-bit user id in the configured claim, or null when the claim is absent or not one.</summary>
    public static long? UserIdOf(ClaimsPrincipal principal, AuthenticationSettings settings) =>
        principal.FindFirst(settings.UserIdClaim)?.Value is { } text
        && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && id > 0
            ? id
            : null;

    /// <summary>
    /// Identity providers spell roles and scopes differently: Entra ID and Keycloak use <c>roles</c>, others
    /// <c>role</c>; OAuth scopes arrive space-separated in <c>scope</c> or <c>scp</c>.
    /// </summary>
    private static bool IsAdmin(ClaimsPrincipal principal, AuthenticationSettings settings) =>
        principal.Claims.Any(claim => claim.Type switch
        {
            "role" or "roles" => claim.Value == settings.AdminRole,
            "scope" or "scp" => claim.Value.Split(' ').Contains(settings.AdminRole, StringComparer.Ordinal),
            _ => false,
        });
}
