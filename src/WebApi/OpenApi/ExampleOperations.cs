using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TimeTracking.WebApi.OpenApi;

/// <summary>
/// Puts an action's <see cref="RequestExampleAttribute"/>, <see cref="ResponseExampleAttribute"/>,
/// <see cref="ValidationExampleAttribute"/>, <see cref="ProblemExampleAttribute"/> and <see cref="ParameterExampleAttribute"/>
/// into its operation.
/// </summary>
internal sealed class ExampleOperations : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var action = context.Description.ActionDescriptor;
        var metadata = action.EndpointMetadata;
        foreach (var request in metadata.OfType<RequestExampleAttribute>())
        {
            var content = operation.RequestBody?.Content
                ?? throw Misplaced(action.DisplayName, "a request example, but the operation takes no body");
            SetExample(content, request.Json);
        }

        var responseExamples = metadata.OfType<ResponseExampleAttribute>().ToList();
        foreach (var response in responseExamples)
        {
            var status = response.StatusCode.ToString(CultureInfo.InvariantCulture);
            var content = (operation.Responses?.TryGetValue(status, out var declared) == true ? declared.Content : null)
                ?? throw Misplaced(action.DisplayName, $"an example for {status}, a response it does not declare with a body");
            var named = responseExamples.Where(other => other.StatusCode == response.StatusCode && other.MediaType is not null)
                .Select(other => other.MediaType!).ToHashSet();
            var media = content
                .Where(candidate => response.MediaType is null ? !named.Contains(candidate.Key) : candidate.Key == response.MediaType)
                .ToDictionary();
            if (media.Count == 0)
            {
                throw Misplaced(action.DisplayName, $"an example for {status} as {response.MediaType}, a media type it does not declare");
            }

            SetExample(media, response.Json);
        }

        foreach (var validation in metadata.OfType<ValidationExampleAttribute>())
        {
            var content = (operation.Responses?.TryGetValue("400", out var declared) == true ? declared.Content : null)
                ?? throw Misplaced(action.DisplayName, "a validation example, but declares no 400");
            SetExample(content, ProblemExamples.Validation(validation.Field, validation.Message));
        }

        foreach (var problems in metadata.OfType<ProblemExampleAttribute>().Select(problem => (problem.Name, Known: ProblemExamples.Of(problem.Name)))
            .GroupBy(problem => problem.Known.Status.ToString(CultureInfo.InvariantCulture)))
        {
            var content = (operation.Responses?.TryGetValue(problems.Key, out var declared) == true ? declared.Content : null)
                ?? throw Misplaced(action.DisplayName, $"a problem example for {problems.Key}, a response it does not declare");
            if (problems.Count() == 1)
            {
                SetExample(content, problems.Single().Known.Example);
                continue;
            }

            foreach (var media in content.Values)
            {
                media.Examples = problems.ToDictionary(
                    problem => problem.Name, IOpenApiExample (problem) => new OpenApiExample { Value = problem.Known.Example.DeepClone() });
            }
        }

        foreach (var parameter in context.Description.ParameterDescriptions)
        {
            if (parameter.ParameterDescriptor is ControllerParameterDescriptor { ParameterInfo: var info }
                && info.GetCustomAttribute<ParameterExampleAttribute>() is { } example
                && operation.Parameters?.FirstOrDefault(declared => declared.Name == parameter.Name) is OpenApiParameter declared)
            {
                declared.Example = JsonNode.Parse(example.Json);
            }
        }

        return Task.CompletedTask;
    }

    private static void SetExample(IDictionary<string, OpenApiMediaType> content, string json) =>
        SetExample(content, JsonNode.Parse(json)!);

    private static void SetExample(IDictionary<string, OpenApiMediaType> content, JsonNode example)
    {
        foreach (var media in content.Values)
        {
            media.Example = example.DeepClone();
        }
    }

    // An example for something the operation does not declare would be silently dropped; the document is the contract.
    private static InvalidOperationException Misplaced(string? action, string what) =>
        new($"{action} has {what}: declare it with [Consumes] or [ProducesResponseType], or remove the example.");
}
