namespace TimeTracking.WebApi.Authentication;

public enum AuthenticationMode
{
    /// <summary>Callers are not identified; anyone may act for any user, as in the seed. For local development.</summary>
    None,

    /// <summary>Callers send a JWT bearer token; the user id comes from one of its claims.</summary>
    Jwt,
}

/// <summary>The <c>Authentication</c> section, read and checked once at start-up.</summary>
public sealed record AuthenticationSettings
{
    public const string SectionName = "Authentication";

    /// <summary>HMAC-SHA256 needs a key of at least 256 bits.</summary>
    public const int MinSigningKeyBytes = 32;

    public AuthenticationMode Mode { get; init; }

    /// <summary>An OpenID Connect issuer whose discovery document gives the signing keys (a real identity provider).</summary>
    public string? Authority { get; init; }

    /// <summary>The <c>aud</c> a token must carry; not checked when absent.</summary>
    public string? Audience { get; init; }

    /// <summary>The <c>iss</c> a token must carry; with an authority, the authority's issuer is checked instead.</summary>
    public string? Issuer { get; init; }

    /// <summary>A shared secret for HMAC-SHA256 tokens, for self-hosting and tests.</summary>
    public string? SigningKey { get; init; }

    /// <summary>The claim that holds the caller's user id, a positive 64-bit integer.</summary>
    public string UserIdClaim { get; init; } = "sub";

    /// <summary>The role (in <c>role</c>/<c>roles</c>) or scope (in <c>scope</c>/<c>scp</c>) that may act for any user.</summary>
    public string AdminRole { get; init; } = "admin";

    /// <summary>
    /// Reads the section. Outside the Development environment the mode must be chosen explicitly, so that a server
    /// never ends up open to everyone by omission; a mode that cannot work is refused here, not at the first request.
    /// </summary>
    public static AuthenticationSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(SectionName);
        var mode = ConfiguredNames.Read<AuthenticationMode>(configuration, $"{SectionName}:Mode")
            ?? (environment.IsDevelopment()
                ? AuthenticationMode.None
                : throw new StartupConfigurationException(
                    $"Authentication:Mode is not set, and only the Development environment defaults to None (this is " +
                    $"{environment.EnvironmentName}): set it to Jwt, or to None to let anyone act for any user."));
        var settings = new AuthenticationSettings
        {
            Mode = mode,
            Authority = Given(section, nameof(Authority)),
            Audience = Given(section, nameof(Audience)),
            Issuer = Given(section, nameof(Issuer)),
            SigningKey = Given(section, nameof(SigningKey)),
            UserIdClaim = Given(section, nameof(UserIdClaim)) ?? "sub",
            AdminRole = Given(section, nameof(AdminRole)) ?? "admin",
        };

        if (mode == AuthenticationMode.Jwt)
        {
            if (settings.Authority is null && settings.SigningKey is null)
            {
                throw new StartupConfigurationException(
                    "Authentication:Mode is Jwt, but neither Authentication:Authority nor Authentication:SigningKey is set.");
            }

            if (settings.SigningKey is { } key && System.Text.Encoding.UTF8.GetByteCount(key) < MinSigningKeyBytes)
            {
                throw new StartupConfigurationException(
                    $"Authentication:SigningKey must be at least {MinSigningKeyBytes} bytes long.");
            }
        }

        return settings;
    }

    private static string? Given(IConfiguration section, string key) => section[key] is { Length: > 0 } value ? value : null;
}
