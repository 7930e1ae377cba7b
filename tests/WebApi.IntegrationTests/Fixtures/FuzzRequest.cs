using System.Net.Http.Headers;
using System.Text;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// One generated request of a fuzz run; its description is what a failure message shows. <paramref name="TargetId"/>
/// is the task id the path names when the server should read it as one (<c>/tasks/+7</c> names 7), else null.
/// </summary>
public sealed record FuzzRequest(string Method, string Path, string Query, byte[]? Body, string? ContentType,
    (string Name, string Value)[] Headers, string Kind, long? TargetId = null)
{
    /// <summary>The path and query as sent.</summary>
    public string Target => Path + Query;

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), new Uri(Target, UriKind.Relative));
        // A connection per case: Kestrel closes a connection after some errors (an unread body, say), and a
        // client that raced to reuse it would report a missing response that the server never owed.
        request.Headers.ConnectionClose = true;
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is { Length: > 0 } && MediaTypeHeaderValue.TryParse(ContentType, out var parsed))
            {
                request.Content.Headers.ContentType = parsed;
            }
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public override string ToString()
    {
        var body = Body is null ? "no body" : Encoding.UTF8.GetString(Body);
        var headers = string.Join(", ", Headers.Select(header => $"{header.Name}: {Shorten(header.Value)}"));
        return $"{Kind}: {Method} {Path}{Shorten(Query)} [{ContentType}] {{{headers}}} {Shorten(body)}";
    }

    public static string Shorten(string text, int length = 120) => text.Length <= length ? text : text[..length] + "…";
}
