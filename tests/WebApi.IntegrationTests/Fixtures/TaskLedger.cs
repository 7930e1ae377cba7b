using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>One stored task, every column of it.</summary>
public sealed record TaskRow(long Id, long UserId, string Description, DateTimeOffset StartTime, DateTimeOffset? EndTime, int Version)
{
    /// <summary>Every column, instants to the tick, the description shortened.</summary>
    public string Describe() =>
        $"#{Id} user {UserId} \"{FuzzRequest.Shorten(Description, 40)}\" {StartTime:O}–{EndTime:O} v{Version}";
}

/// <summary>
/// The exact bookkeeping of a fuzz run over the task resources: the table as it was before, and what each accepted
/// request says it did (a 201 POST added the task it returns, a 200 PATCH made the task what it returns, a 204 DELETE
/// removed the task its path names). The table afterwards must be exactly that, so a refused request that changed
/// anything, or an accepted one that did more or other than it answered, shows as a difference.
/// </summary>
public sealed class TaskLedger
{
    private readonly IReadOnlyList<TaskRow> _before;
    private readonly Dictionary<long, TaskRow> _written = [];
    private readonly HashSet<long> _deleted = [];
    private readonly HashSet<string> _keys = [];

    private TaskLedger(IReadOnlyList<TaskRow> before) => _before = before;

    public static async Task<TaskLedger> SnapshotAsync(ApiFactory api)
    {
        ArgumentNullException.ThrowIfNull(api);
        (await api.WithDbContextAsync(db => db.IdempotencyKeys.AnyAsync())).Should().BeFalse("the run starts without keys");
        return new TaskLedger(await RowsAsync(api));
    }

    /// <summary>Books an answer below 400; returns what is wrong with it, if anything.</summary>
    public string? Record(FuzzRequest fuzz, HttpResponseMessage response, string text)
    {
        ArgumentNullException.ThrowIfNull(fuzz);
        ArgumentNullException.ThrowIfNull(response);
        // HTTP methods are case-sensitive, but routing matches them regardless of case, so "get" is a GET here.
        return (fuzz.Method.ToUpperInvariant(), response.StatusCode) switch
        {
            ("GET" or "HEAD", HttpStatusCode.OK) => ReadOf(fuzz, text),
            ("POST", HttpStatusCode.Created) => Written(fuzz, response, text, KeyOf(fuzz)),
            ("PATCH", HttpStatusCode.OK) => Written(fuzz, response, text, key: null),
            ("DELETE", HttpStatusCode.NoContent) when fuzz.TargetId is { } id => Deleted(id),
            _ => $"unexpected {(int)response.StatusCode}",
        };
    }

    /// <summary>Asserts the table holds exactly the rows before, with the accepted effects applied, and only their keys.</summary>
    public async Task ShouldMatchAsync(ApiFactory api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var expected = _before.Where(row => !_written.ContainsKey(row.Id))
            .Concat(_written.Values)
            .Where(row => !_deleted.Contains(row.Id))
            .OrderBy(row => row.Id)
            .ToList();

        var actual = await RowsAsync(api);
        var differences = expected.Concat(actual).Select(row => row.Id).Distinct().Order()
            .Select(id => (Expected: expected.SingleOrDefault(row => row.Id == id), Stored: actual.SingleOrDefault(row => row.Id == id)))
            .Where(pair => pair.Expected != pair.Stored)
            .Select(pair => $"expected {pair.Expected?.Describe() ?? "no row"}, stored {pair.Stored?.Describe() ?? "no row"}")
            .ToList();
        differences.Should().BeEmpty(
            $"the table must be what the accepted requests made it, and nothing else; {differences.Count} rows differ:\n" +
            string.Join("\n", differences.Take(10)));
        var keys = await api.WithDbContextAsync(db => db.IdempotencyKeys.Select(record => record.Key).Distinct().ToListAsync());
        keys.Order(StringComparer.Ordinal).Should().Equal(_keys.Order(StringComparer.Ordinal), "keys are kept for accepted requests only");
    }

    public int Created { get; private set; }

    public int Corrected { get; private set; }

    public int Removed => _deleted.Count;

    private static Task<List<TaskRow>> RowsAsync(ApiFactory api) =>
        api.WithDbContextAsync(db => db.Tasks.AsNoTracking()
            .OrderBy(task => task.Id)
            .Select(task => new TaskRow(task.Id, task.UserId, task.Description, task.StartTime, task.EndTime, task.Version))
            .ToListAsync());

    private static string? ReadOf(FuzzRequest fuzz, string text)
    {
        if (fuzz.TargetId is not { } id || fuzz.Method.Equals("HEAD", StringComparison.OrdinalIgnoreCase) || !fuzz.Path.StartsWith("/tasks/", StringComparison.Ordinal))
        {
            return null;
        }

        using var json = JsonDocument.Parse(text);
        var read = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var value)
            ? value.GetInt64()
            : (long?)null;
        return read == id ? null : $"read task {read?.ToString(CultureInfo.InvariantCulture) ?? "(none)"} for id {id}";
    }

    private string? Written(FuzzRequest fuzz, HttpResponseMessage response, string text, string? key)
    {
        if (response.Headers.ETag?.Tag is not ['"', .. var tag, '"']
            || !int.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return $"{(int)response.StatusCode} without a version ETag";
        }

        var task = JsonDocument.Parse(text).RootElement;
        var row = new TaskRow(
            task.GetProperty("id").GetInt64(),
            task.GetProperty("user_id").GetInt64(),
            task.GetProperty("description").GetString()!,
            task.GetProperty("start_time").GetDateTimeOffset(),
            task.GetProperty("end_time") is { ValueKind: JsonValueKind.String } end ? end.GetDateTimeOffset() : null,
            version);
        if (fuzz.Method == "PATCH" && row.Id != fuzz.TargetId)
        {
            return $"corrected task {row.Id} for id {fuzz.TargetId}";
        }

        // Answers arrive in any order: of the versions of one task answered, the highest is the one stored last. A
        // replayed answer repeats an earlier one, so it is booked like it.
        if (!_written.TryGetValue(row.Id, out var known) || known.Version < row.Version)
        {
            _written[row.Id] = row;
        }

        if (key is not null)
        {
            _keys.Add(key);
        }

        if (fuzz.Method == "POST" && !response.IsReplay())
        {
            Created++;
        }
        else if (fuzz.Method == "PATCH")
        {
            Corrected++;
        }

        return null;
    }

    private string? Deleted(long id)
    {
        _deleted.Add(id);
        return null;
    }

    // The key as the server keeps it: the Idempotency-Key field as it arrives (HttpClient writes values added twice as
    // one line joined by ", ", and the server trims the line), without the quotes of a structured-field string.
    private static string? KeyOf(FuzzRequest fuzz)
    {
        var keys = fuzz.Headers.Where(header => header.Name == IdempotencyKeys.HeaderName).Select(header => header.Value).ToList();
        return string.Join(", ", keys).Trim(' ', '\t') switch
        {
            _ when keys.Count == 0 => null,
            ['"', .. var quoted, '"'] when !quoted.Contains('"', StringComparison.Ordinal) => quoted,
            var key => key,
        };
    }
}
