using Microsoft.AspNetCore.Http.Extensions;

namespace TimeTracking.WebApi.Listing;

/// <summary>The HTTP side of <c>GET /tasks</c>: which representation the client asked for, and the next page's link.</summary>
internal static class ListingNegotiation
{
    public const string CursorParameter = "cursor";

    /// <summary>
    /// Whether the client's most preferred media type (the highest <c>q</c>, the first listed on a tie) is
    /// <c>text/csv</c>. Everything else, no <c>Accept</c> and <c>*/*</c> included, gets JSON.
    /// </summary>
    public static bool PrefersCsv(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var preferred = request.GetTypedHeaders().Accept
            .Where(type => type.Quality is not 0)
            .OrderByDescending(type => type.Quality ?? 1)
            .FirstOrDefault();
        return preferred is not null && preferred.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// An RFC 8288 <c>Link</c> to the next page: this request's absolute URL with the same parameters, as sent, and
    /// <paramref name="nextCursor"/> in place of its cursor.
    /// </summary>
    public static string NextPageLink(HttpRequest request, string nextCursor)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder(request.Query
            .Where(parameter => !parameter.Key.Equals(CursorParameter, StringComparison.OrdinalIgnoreCase)))
        {
            { CursorParameter, nextCursor },
        };
        var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, query.ToQueryString());
        return $"<{url}>; rel=\"next\"";
    }

    /// <summary>A download name that says what the export holds, e.g. <c>tasks_2023-07-01_2023-07-31.csv</c>.</summary>
    public static string CsvFileName(string from, string to) => $"tasks_{from}_{to}.csv";
}
