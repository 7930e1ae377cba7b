using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Ten thousand generated requests, malformed in every way a seeded generator can think of, thrown at the seed's
/// endpoints over HTTP against PostgreSQL: no 5xx, every error a problem document, and nothing stored beyond what
/// the accepted requests asked for. <see cref="ResourceFuzzTests"/> does the same for the resource routes.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class FuzzTests(PostgresApiFactory api) : IAsyncLifetime
{
    private const int Cases = 10_000;
    private const int Seed = 20_261_125;

    private static readonly string[] Paths = ["/track", "/stop", "/times"];
    private static readonly string[] Methods = ["POST", "POST", "POST", "GET", "GET", "PUT", "DELETE", "PATCH"];
    private static readonly string[] QueryNames = ["user_id", "date", "tz", "user_id", "date", "USER_ID", "x", "user_id[]", "", "%00"];

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GeneratedBadRequests_NeverFailTheServer_AndChangeOnlyWhatWasAccepted()
    {
        var runningIds = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            runningIds.Add(await api.Client.TrackAsync(userId: 1, description: $"seeded {i}"));
        }

        var random = new Random(Seed);
        var cases = Enumerable.Range(0, Cases).Select(_ => Generate(random, runningIds)).ToList();
        var acceptedTracks = 0;
        var acceptedStops = 0;

        var report = await FuzzRunner.SendAllAsync(api.Client, cases, (fuzz, response, _) =>
        {
            if (response.IsReplay())
            {
                // A repeat answered from its key's stored answer: it changed nothing.
            }
            else if (fuzz.Path == "/track" && (int)response.StatusCode == 200)
            {
                acceptedTracks++;
            }
            else if (fuzz.Path == "/stop" && (int)response.StatusCode == 200)
            {
                acceptedStops++;
            }

            return null;
        });

        var failures = report.Failures;
        failures.Should().BeEmpty($"{failures.Count} of {Cases} cases failed, e.g.:\n{string.Join("\n", failures.Take(10))}");
        var (stored, stopped) = await api.WithDbContextAsync(async db =>
            (await db.Tasks.CountAsync(), await db.Tasks.CountAsync(task => task.EndTime != null)));
        stored.Should().Be(runningIds.Count + acceptedTracks, "only accepted tracks may add tasks");
        stopped.Should().Be(acceptedStops, "only accepted stops may stop tasks");
    }

    private static FuzzRequest Generate(Random random, IReadOnlyList<long> runningIds)
    {
        var path = random.Pick(Paths);
        var method = random.Next(10) < 8 ? (path == "/times" ? "GET" : "POST") : random.Pick(Methods);
        (string, string)[] headers = random.Next(5) == 0 ? [MalformedInput.Header(random)] : [];
        var query = path == "/times" || random.Next(10) == 0 ? MalformedInput.Query(random, QueryNames) : string.Empty;
        if (method is "GET" or "DELETE")
        {
            return new FuzzRequest(method, path, query, null, null, headers, "no body");
        }

        var contentType = random.Next(4) == 0 ? MalformedInput.ContentType(random) : "application/json";
        var (body, kind) = MalformedInput.Body(
            random,
            odd => ValidBody(random, path, runningIds, odd),
            () => MalformedInput.Reshaped(random, path == "/stop" ? "id" : random.Next(2) == 0 ? "user_id" : "description"));
        return new FuzzRequest(method, path, query, body, contentType, headers, kind);
    }

    /// <summary>The route's body, with one field set to <paramref name="odd"/> when it is given.</summary>
    private static string ValidBody(Random random, string path, IReadOnlyList<long> runningIds, string? odd)
    {
        var id = random.Pick(runningIds).ToString(CultureInfo.InvariantCulture);
        var userId = random.Next(1, 1000).ToString(CultureInfo.InvariantCulture);
        const string description = "\"fuzz\"";
        return path == "/stop"
            ? $"{{\"id\": {odd ?? id}}}"
            : random.Next(2) == 0
                ? $"{{\"user_id\": {odd ?? userId}, \"description\": {description}}}"
                : $"{{\"user_id\": {userId}, \"description\": {odd ?? description}}}";
    }
}
