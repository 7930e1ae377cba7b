using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace TimeTracking.WebApi.Errors;

/// <summary>
/// Turns what MVC found wrong while reading a request (malformed JSON, a wrong type, an unparsable query value) into
/// the same 400 problem document the validators produce, keyed by the contract's snake_case field names.
/// </summary>
internal static class RequestProblems
{
    public const string ValidationTitle = "One or more validation errors occurred.";
    public const string ValidationDetail = "See errors for what to correct in each field.";
    private const string BodyKey = "body";

    public static IActionResult InvalidModelState(ActionContext context)
    {
        var body = context.ActionDescriptor.Parameters
            .FirstOrDefault(parameter => parameter.BindingInfo?.BindingSource == BindingSource.Body);
        var hasJsonErrors = context.ModelState.Keys.Any(key => key.Length == 0 || key.StartsWith('$'));

        var errors = new Dictionary<string, string[]>();
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count == 0 || (hasJsonErrors && key == body?.Name))
            {
                continue; // MVC echoes a body that failed to parse as "the parameter is required"; the cause is enough.
            }

            var (field, message) = key switch
            {
                "" => (BodyKey, "A JSON request body is required."),
                "$" => (BodyKey, "The request body is not valid JSON, or not a JSON object of the documented shape."),
                _ when key.StartsWith("$.", StringComparison.Ordinal) => DescribeJsonField(key, body?.ParameterType),
                _ => (key, string.Join(" ", entry.Errors.Select(error => error.ErrorMessage))),
            };
            errors[field] = [message];
        }

        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(
            context.HttpContext, new ModelStateDictionary(), StatusCodes.Status400BadRequest, ValidationTitle, detail: ValidationDetail);
        foreach (var (field, messages) in errors)
        {
            problem.Errors[field] = messages;
        }

        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>"$.user_id" or "$.description[0]" names the field; its CLR type says what the client should send.</summary>
    private static (string Field, string Message) DescribeJsonField(string path, Type? bodyType)
    {
        var field = path[2..].Split('.', '[')[0];
        var property = bodyType?
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(candidate => JsonNamingPolicy.SnakeCaseLower.ConvertName(candidate.Name) == field);

        var expected = property?.PropertyType switch
        {
            { } type when type == typeof(long) || type == typeof(int) => "an integer in the signed 64-bit range",
            { } type when type == typeof(string) => "a string",
            _ => "valid JSON of the documented type",
        };
        return (field, $"{field} must be {expected}; the value sent is malformed, null or of another type.");
    }
}
