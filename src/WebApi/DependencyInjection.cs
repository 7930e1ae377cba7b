using System.Net;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.OpenApi;
using Scalar.AspNetCore;
using TimeTracking.Application.Behaviors;
using TimeTracking.Application.Tasks;
using TimeTracking.WebApi.Authentication;
using TimeTracking.WebApi.Errors;
using TimeTracking.WebApi.OpenApi;

namespace TimeTracking.WebApi;

internal static class DependencyInjection
{
    public const long MaxRequestBodyBytes = 64 * 1024;
    private const string ForwardedHeadersEnabled = "ForwardedHeaders:Enabled";

    public static IServiceCollection AddWebApi(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var authentication = AuthenticationSettings.From(configuration, environment);
        services.AddMediator(options =>
        {
            // Handlers use the request's DbContext, so they live per request scope.
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(TaskReference)];
            // In this order: refuse bad input first; then answer repeats of keyed commands without running them; then
            // run each command's writes in one transaction, retried on transient database failures.
            options.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(IdempotencyBehavior<,>), typeof(TransactionBehavior<,>)];
        });

        services
            .AddControllers(options =>
            {
                // Presence of fields is the validators' business, so their messages and keys are the ones clients see.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddJsonOptions(options => JsonContract.Apply(options.JsonSerializerOptions))
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = RequestProblems.InvalidModelState);
        services.ConfigureHttpJsonOptions(options => JsonContract.Apply(options.SerializerOptions));

        services.AddSingleton<IProblemDetailsWriter, ProblemDocumentWriter>();
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "TimeTracking API";
                document.Info.Description = "Track time per task: start a timer, stop it, see time spent per day.";
                return Task.CompletedTask;
            });
            // UtcInstantJsonConverter hides the type from the schema generator; say what it reads and writes.
            options.AddSchemaTransformer((schema, context, _) =>
            {
                var type = context.JsonTypeInfo.Type;
                if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
                {
                    schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                    schema.Format = "date-time";
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer<Listing.CsvExportOpenApi>();
            if (authentication.Mode == AuthenticationMode.Jwt)
            {
                options.AddDocumentTransformer<BearerSecurityDocument>();
            }

            // The document is a contract (docs/openapi.json): with examples, and the same wherever it is generated.
            options.AddOperationTransformer(ContractDocument.OnlyConsumedMediaTypes);
            options.AddOperationTransformer<DeclaredHeaders>();
            options.AddOperationTransformer<ExampleOperations>();
            options.AddSchemaTransformer(ContractDocument.DescribeProblems);
            options.AddDocumentTransformer<ProblemExamples>();
            options.AddDocumentTransformer(ContractDocument.Canonicalise);
        });
        services.AddCallerAuthentication(authentication);
        services.AddSingleton(new TrackingOptions(
            ConfiguredNames.Read<RunningTaskPolicy>(configuration, "Tracking:RunningTasks") ?? RunningTaskPolicy.Many));
        services.AddPerCallerRateLimit(configuration);
        services.AddHttpLogging(options =>
        {
            // One entry per request with what operators search by; headers and bodies stay out of the logs.
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.RequestQuery | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        return services;
    }

    public static void ConfigureServer(this WebApplicationBuilder builder)
    {
        // Hosting providers say which port to listen on through PORT, as the seed's platform did.
        if (builder.Configuration["PORT"] is { Length: > 0 } port)
        {
            builder.WebHost.UseUrls($"http://0.0.0.0:{port}");
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            // A client that dribbles its headers holds a connection for nothing (Kestrel waits 30 s by default).
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
            RequestLimits.Apply(kestrel.Limits);
        });

        // Behind a reverse proxy the client's address and scheme arrive in X-Forwarded-* headers. Trusted only when
        // switched on, and only from the proxies listed (loopback when none are).
        if (builder.Configuration.GetValue<bool>(ForwardedHeadersEnabled))
        {
            builder.Services.Configure<ForwardedHeadersOptions>(options =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                {
                    options.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            });
        }
    }

    public static WebApplication UseWebApi(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(ForwardedHeadersEnabled))
        {
            app.UseForwardedHeaders(); // First, so logs and the rate limiter see the real client.
        }

        app.UseHttpLogging(); // Outermost after that, so it logs the status the client finally got.
        app.Use((context, next) =>
        {
            // Every answer is JSON or a problem document; browsers must not guess otherwise. Set as the response
            // starts, because the exception handler clears the headers of a response it rewrites.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseRequestTargetLimit(); // After the handler, which makes its 414 a problem document.
        app.UseStatusCodePages(); // Bodiless 404s and 405s become problem documents too.

        app.MapOpenApi();
        var authentication = app.Services.GetRequiredService<AuthenticationSettings>();
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("TimeTracking API");
            if (authentication.Mode == AuthenticationMode.Jwt)
            {
                options.AddPreferredSecuritySchemes(BearerSecurityDocument.SchemeName);
            }
        });
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(Infrastructure.DependencyInjection.ReadinessTag) });

        // Authenticated first, so the rate limiter counts per user; limited before authorization, so a flood of
        // tokenless requests spends its own budget.
        var controllers = app.MapControllers().RequireRateLimiting(RateLimits.PerCaller);
        if (authentication.Mode == AuthenticationMode.Jwt)
        {
            app.UseAuthentication();
            app.UseRateLimiter();
            app.UseAuthorization();
            controllers.RequireAuthorization();
        }
        else
        {
            app.UseRateLimiter();
        }

        return app;
    }
}
