using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TimeTracking.WebApi.Listing;

/// <summary>Marks an action whose 200 answer is also <c>text/csv</c>, as <see cref="CsvExportOpenApi"/> documents it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ProducesCsvExportAttribute : Attribute;

/// <summary>
/// Adds the CSV representation and the <c>Link</c> header to the 200 answer of the actions marked
/// <see cref="ProducesCsvExportAttribute"/>. ApiExplorer keeps one <c>[ProducesResponseType]</c> per status code, so
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
        ok.Content["text/csv"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Example = JsonValue.Create(
                $"{TaskCsvResult.Header}\r\n7,42,\"Call, then write report\",2023-07-18T11:00:00+02:00,2023-07-18T12:30:00+02:00,false,5400\r\n"),
        };
        ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
        ok.Headers["Link"] = new OpenApiHeader
        {
            Description = "JSON only, when a next page exists: <full URL of the next page>; rel=\"next\" (RFC 8288).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        ok.Headers["Content-Disposition"] = new OpenApiHeader
        {
            Description = "CSV only: attachment; filename=tasks_<from>_<to>.csv",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        };
        return Task.CompletedTask;
    }
}
