using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace TimeTracking.WebApi;

/// <summary>
/// How long a request's target (its path and query) may be. Kestrel refuses a request line over its own limit while
/// parsing it, before any middleware runs, and answers that 414 itself without a body: no code of ours can make it a
/// problem document (aspnet/KestrelHttpServer#2947). So Kestrel's limit sits well above ours, and a target between
/// the two is refused here, as a 414 problem document like every other error.
/// </summary>
internal static class RequestLimits
{
    /// <summary>The longest target served: far beyond any URL of this API, and Kestrel's own default line limit.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>Kestrel's limit on the whole request line; beyond it, Kestrel's bare 414 is all a client gets.</summary>
    public const int KestrelMaxRequestLineBytes = 32 * 1024;

    public static void Apply(KestrelServerLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        limits.MaxRequestLineSize = KestrelMaxRequestLineBytes;
    }

    /// <summary>Refuses an over-long target; after the exception handler, which writes the problem document.</summary>
    public static IApplicationBuilder UseRequestTargetLimit(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            if (target.Length > MaxTargetLength)
            {
                throw new Microsoft.AspNetCore.Http.BadHttpRequestException(
                    $"The request's path and query are {target.Length} characters long; at most {MaxTargetLength} are served.",
                    StatusCodes.Status414UriTooLong);
            }

            return next(context);
        });
}
