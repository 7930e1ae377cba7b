using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TimeTracking.WebApi.Listing;

/// <summary>Marks an action whose 200 answer is also <c>text/csv</c>, as <see cref="CsvExportOpenApi"/> documents it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ProducesCsvExportAttribute : Attribute;

/// <summary>
/// Adds the CSV representation to the 200 answer of the actions marked <see cref="ProducesCsvExportAttribute"/>; its
/// example and headers are declared on the action like any other's. ApiExplorer keeps one <c>[ProducesResponseType]</c> per status code, so
/// a JSON schema and a CSV one for the same 200 cannot both be declared by attributes.
/// </summary>
internal sealed class CsvExportOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<ProducesCsvExportAttribute>().Any()
            || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return Task.CompletedTask;
        }

        ok.Content ??= new Dictionary<string, OpenApiMediaType>();
        ok.Content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        return Task.CompletedTask;
    }
}
