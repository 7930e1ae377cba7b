using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TimeTracking.WebApi.Authentication;

/// <summary>
/// Tells OpenAPI readers (and so Scalar's "Authentication" box) that every operation takes a bearer token and may
/// answer 401 without one, and, where it takes a user_id, 403 for somebody else's.
/// </summary>
internal sealed class BearerSecurityDocument : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A JWT whose user id claim (sub by default) names the caller; admin role or scope acts for anyone.",
        };

        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            operation.Security = [requirement];
            operation.Responses ??= [];
            operation.Responses["401"] = Problem(document, "No valid bearer token was sent.");
            if (NamesAUser(operation))
            {
                operation.Responses["403"] = Problem(document, "The token's user may not act for the user_id sent.");
            }
        }

        // With a token, a user_id left out names the caller (CurrentUserRules.ActingUserId): no request must send one.
        foreach (var schema in (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
        {
            if (schema.Properties?.TryGetValue(UserIdField, out var userId) == true && userId.Type?.HasFlag(JsonSchemaType.Null) == true)
            {
                schema.Required?.Remove(UserIdField);
            }
        }

        return Task.CompletedTask;
    }

    // Only a request that names a user can name somebody else; a task id that is not the caller's answers 404.
    private static bool NamesAUser(OpenApiOperation operation) =>
        (operation.Parameters ?? []).Any(parameter => parameter.Name == UserIdField)
        || (operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>()).Values
            .Any(media => media.Schema?.Properties?.ContainsKey(UserIdField) == true);

    private const string UserIdField = "user_id";

    private static OpenApiResponse Problem(OpenApiDocument document, string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), document) },
        },
    };
}
