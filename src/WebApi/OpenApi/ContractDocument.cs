using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TimeTracking.WebApi.OpenApi;

/// <summary>
/// Makes the served document the same on every machine and truthful about problem documents, so that it can be
/// committed (docs/openapi.json) and compared with the running app: no server address (it is wherever the document was
/// fetched from), paths, operations, responses and schemas in ordinal order, and the members every problem document
/// carries.
/// </summary>
internal static class ContractDocument
{
    public static Task Canonicalise(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = null;
        if (document.Paths is { } paths)
        {
            var sorted = new OpenApiPaths();
            foreach (var (template, item) in paths.OrderBy(path => path.Key, StringComparer.Ordinal))
            {
                if (item is OpenApiPathItem { Operations: { } operations } pathItem)
                {
                    pathItem.Operations = operations.OrderBy(operation => operation.Key.Method, StringComparer.Ordinal)
                        .ToDictionary(operation => operation.Key, operation => SortResponses(operation.Value));
                }

                sorted[template] = item;
            }

            document.Paths = sorted;
        }

        if (document.Components?.Schemas is { } schemas)
        {
            document.Components.Schemas = schemas.OrderBy(schema => schema.Key, StringComparer.Ordinal)
                .ToDictionary(schema => schema.Key, schema => schema.Value);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A request body in exactly the media types the action's <c>[Consumes]</c> accepts. The generator lists what the
    /// JSON formatter could read instead, and so offers <c>PATCH /tasks/{id}</c> as <c>application/json</c>, which the
    /// action refuses with 415, rather than the <c>application/merge-patch+json</c> it takes.
    /// </summary>
    public static Task OnlyConsumedMediaTypes(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var consumes = context.Description.ActionDescriptor.EndpointMetadata.OfType<ConsumesAttribute>().LastOrDefault();
        if (consumes is null || operation.RequestBody is not OpenApiRequestBody { Content: { Count: > 0 } content } body)
        {
            return Task.CompletedTask;
        }

        var schema = content.Values.First().Schema;
        body.Content = consumes.ContentTypes.ToDictionary(
            mediaType => mediaType, mediaType => content.TryGetValue(mediaType, out var media) ? media : new OpenApiMediaType { Schema = schema });
        return Task.CompletedTask;
    }

    /// <summary>
    /// ProblemDocumentWriter always writes <c>type</c>, <c>title</c>, <c>status</c> and <c>traceId</c>, and a validation
    /// problem always has <c>errors</c>; the generated schema knows neither.
    /// </summary>
    public static Task DescribeProblems(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (!typeof(ProblemDetails).IsAssignableFrom(type) || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        schema.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Finds the request in the server's logs.",
        };
        schema.Properties["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI that names the kind of problem." };
        schema.Properties["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The kind of problem, in words." };
        schema.Properties["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." };
        schema.Required = new HashSet<string>(["type", "title", "status", "traceId"]);
        if (schema.Properties.ContainsKey("errors"))
        {
            schema.Required.Add("errors");
        }

        return Task.CompletedTask;
    }

    private static OpenApiOperation SortResponses(OpenApiOperation operation)
    {
        if (operation.Responses is { } responses)
        {
            var sorted = new OpenApiResponses();
            foreach (var (status, response) in responses.OrderBy(response => response.Key, StringComparer.Ordinal))
            {
                sorted[status] = response;
            }

            operation.Responses = sorted;
        }

        return operation;
    }
}
