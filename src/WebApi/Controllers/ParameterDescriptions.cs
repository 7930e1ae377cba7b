namespace TimeTracking.WebApi.Controllers;

/// <summary>
/// Descriptions of parameters whose wire name differs from their C# name (<c>user_id</c> for <c>userId</c>): the
/// OpenAPI generator matches XML <c>param</c> comments by C# name and drops them for such parameters, so these reach
/// the document through <see cref="System.ComponentModel.DescriptionAttribute"/> instead.
/// </summary>
internal static class ParameterDescriptions
{
    public const string UserId =
        "The user whose tasks to use. Required without authentication; with bearer tokens it defaults to the caller, " +
        "and another user's id is refused with 403 unless the caller is an administrator.";
}
