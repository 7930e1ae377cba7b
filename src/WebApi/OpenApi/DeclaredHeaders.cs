using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TimeTracking.WebApi.OpenApi;

/// <summary>
/// A request header the action reads from <c>Request.Headers</c> itself rather than binding it (<c>If-Match</c>, whose
/// raw field lines decide), declared as an optional header parameter with its description and an example value.
/// A header bound with <c>[FromHeader]</c> is declared already: give it <see cref="ParameterExampleAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class RequestHeaderAttribute(string name, string description, string example) : Attribute
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The header's value as sent, such as <c>"3"</c> with its quotes for an entity tag.</summary>
    public string Example { get; } = example;
}

/// <summary>A header the action sends with its <see cref="StatusCode"/> answer (<c>ETag</c>, <c>Location</c>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class ResponseHeaderAttribute(int statusCode, string name, string description, string example) : Attribute
{
    public int StatusCode { get; } = statusCode;

    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The header's value as sent.</summary>
    public string Example { get; } = example;
}

/// <summary>Puts an action's <see cref="RequestHeaderAttribute"/> and <see cref="ResponseHeaderAttribute"/> into its operation.</summary>
internal sealed class DeclaredHeaders : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        foreach (var header in metadata.OfType<RequestHeaderAttribute>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = JsonValue.Create(header.Example),
            });
        }

        foreach (var header in metadata.OfType<ResponseHeaderAttribute>())
        {
            var status = header.StatusCode.ToString(CultureInfo.InvariantCulture);
            if (operation.Responses?.TryGetValue(status, out var declared) != true || declared is not OpenApiResponse response)
            {
                throw new InvalidOperationException(
                    $"{context.Description.ActionDescriptor.DisplayName} has a {header.Name} header for {status}, a response it does not declare.");
            }

            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[header.Name] = new OpenApiHeader
            {
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = JsonValue.Create(header.Example),
            };
        }

        return Task.CompletedTask;
    }
}
