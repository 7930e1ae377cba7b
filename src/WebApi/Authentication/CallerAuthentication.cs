using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.WebApi.Authentication;

/// <summary>Who the caller is, per <c>Authentication:Mode</c>: nobody in particular, or the user a bearer token names.</summary>
internal static class CallerAuthentication
{
    public static IServiceCollection AddCallerAuthentication(this IServiceCollection services, AuthenticationSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Mode == AuthenticationMode.None)
        {
            return services.AddSingleton<ICurrentUser, UnauthenticatedCaller>();
        }

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, ClaimsCurrentUser>();
        services.AddAuthorization();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // Keep claim names as the token spells them ("sub", not a long XML schema URI).
            options.MapInboundClaims = false;
            options.Authority = settings.Authority;
            options.Audience = settings.Audience;
            var validation = options.TokenValidationParameters;
            validation.NameClaimType = settings.UserIdClaim;
            validation.ValidateAudience = settings.Audience is not null;
            validation.ValidateIssuer = settings.Issuer is not null || settings.Authority is not null;
            validation.ValidIssuer = settings.Issuer;
            validation.ClockSkew = TimeSpan.FromMinutes(1);
            if (settings.SigningKey is { } key)
            {
                validation.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key));
                validation.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            }

            options.Events = new JwtBearerEvents
            {
                // A well-signed token that names no usable user id identifies nobody: refuse it like a bad token.
                OnTokenValidated = context =>
                {
                    if (ClaimsCurrentUser.UserIdOf(context.Principal!, settings) is null)
                    {
                        context.Fail($"The token's {settings.UserIdClaim} claim must be a positive 64-bit integer user id.");
                    }

                    return Task.CompletedTask;
                },
            };
        });
        return services;
    }
}
