using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using TimeTracking.Application.Tasks;
using TimeTracking.Application.Tasks.ListTasks;

namespace TimeTracking.WebApi.Listing;

/// <summary>
/// Writes an export as RFC 4180 CSV while it is read from the database: rows go out in chunks of about
/// <see cref="BufferChars"/> characters, so memory holds one chunk, never the range. Instants are shown in the
/// zone the range was asked in, with that zone's offset at each instant; durations are seconds.
/// </summary>
/// <remarks>
/// Nothing is sent before the first row is read, so a database that fails at once still gets a problem document.
/// A failure after that aborts the connection: the chunked body then lacks its end, and no client mistakes a
/// truncated export for a whole one.
/// </remarks>
internal sealed class TaskCsvResult(TaskExport export, string fileName) : IActionResult
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const string Header = "id,user_id,description,start_time,end_time,running,time_spent";
    private const int BufferChars = 16 * 1024;
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        response.ContentType = ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();

        // No byte order mark: the charset is in Content-Type, and a BOM would become part of the first header cell
        // for many readers. Kestrel refuses synchronous writes, so everything below is awaited.
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), BufferChars, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(Header.AsMemory(), cancellationToken);

        var row = new StringBuilder();
        await foreach (var task in export.Tasks.WithCancellation(cancellationToken))
        {
            row.Clear();
            AppendRow(row, task, export.Zone);
            await writer.WriteAsync(row, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static void AppendRow(StringBuilder row, TaskDetails task, TimeZoneInfo zone)
    {
        var culture = CultureInfo.InvariantCulture;
        row.Append(culture, $"{task.Id},{task.UserId},");
        Rfc4180.AppendCell(row, Rfc4180.NeutralizeFormula(task.Description));
        row.Append(',').Append(Local(task.StartTime, zone)).Append(',');
        if (task.EndTime is { } end)
        {
            row.Append(Local(end, zone));
        }

        row.Append(culture, $",{(task.Running ? "true" : "false")},{task.TimeSpent.ToString("R", culture)}\r\n");
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString(InstantFormat, CultureInfo.InvariantCulture);
}
