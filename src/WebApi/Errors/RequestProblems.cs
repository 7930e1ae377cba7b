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
    public const string BodyKey = "body";

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

            var reason = entry.Errors[0].ErrorMessage;
            var (field, message) = key switch
            {
                "" => (BodyKey, "A JSON request body is required."),
                _ when DuplicatedField(reason) is { } duplicated => (duplicated, $"{duplicated} appears more than once; send it once."),
                "$" when IsWrongType(reason) => (BodyKey, "The request body must be a JSON object with the documented fields."),
                _ when key.StartsWith("$.", StringComparison.Ordinal) && IsWrongType(reason) => DescribeJsonField(key, body?.ParameterType),
                _ when key.StartsWith('$') => (BodyKey, DescribeMalformedJson(reason)),
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

    private static string? DuplicatedField(string reason)
    {
        const string prefix = "Duplicate property '";
        return reason.StartsWith(prefix, StringComparison.Ordinal)
            ? reason[prefix.Length..reason.IndexOf('\'', prefix.Length)]
            : null;
    }

    // System.Text.Json reports a value of the wrong type this way; anything else at a path is broken JSON syntax.
    private static bool IsWrongType(string reason) =>
        reason.Contains("could not be converted", StringComparison.Ordinal);

    /// <summary>The parser's own words say where the JSON broke; the path suffix repeats what the key already says.</summary>
    private static string DescribeMalformedJson(string reason)
    {
        var pathAt = reason.IndexOf(" Path:", StringComparison.Ordinal);
        var where = pathAt > 0 ? reason[..pathAt] : reason;
        return $"The request body is not a valid JSON object of the documented shape: {where}";
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
            { } type when type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?) =>
                "an ISO 8601 date and time with its offset, such as 2023-07-18T09:00:00Z or 2023-07-18T11:00:00+02:00",
            _ => "valid JSON of the documented type",
        };
        return (field, $"{field} must be {expected}; the value sent is malformed, null or of another type.");
    }
}
