using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using TimeTracking.Application.Abstractions;

namespace TimeTracking.WebApi;

/// <summary>
/// A request budget per caller for the API's endpoints (health and docs are not counted): a token bucket of
/// <c>RateLimiting:Burst</c> requests refilled at <c>RateLimiting:PermitsPerSecond</c>. The caller is the
/// authenticated user, or the client address when there is none. Counted per instance: behind N instances a caller gets N budgets.
/// </summary>
internal static class RateLimits
{
    public const string PerCaller = "per-caller";

    public static IServiceCollection AddPerCallerRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimiting");
        var enabled = section.GetValue("Enabled", defaultValue: true);
        var perSecond = section.GetValue("PermitsPerSecond", defaultValue: 20);
        var burst = section.GetValue("Burst", defaultValue: 100);

        return services.AddRateLimiter(options =>
        {
            options.OnRejected = RejectAsync;
            options.AddPolicy(PerCaller, context => enabled
                ? RateLimitPartition.GetTokenBucketLimiter(CallerOf(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
    }

    // An authenticated user is one caller wherever they connect from; anyone else is known by address only.
    private static string CallerOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<ICurrentUser>().Id is { } userId
            ? $"user:{userId}"
            : $"address:{context.Connection.RemoteIpAddress}";

    // The limiter's own default is a bodiless 503; a client that sent too much should hear 429 and when to retry.
    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        var httpContext = rejected.HttpContext;
        httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                Title = "Too many requests",
                Detail = $"This client has used its request budget; try again in {seconds} seconds.",
            },
        });
    }
}
