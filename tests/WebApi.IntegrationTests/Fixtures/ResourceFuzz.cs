using Xunit.Abstractions;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>A fuzz run over the task resources: generate, send, book every accepted answer, compare the table.</summary>
public static class ResourceFuzz
{
    public static async Task<TaskLedger> RunAsync(
        ApiFactory api, HttpClient client, ResourceFuzzCases generator, int cases, int seed, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(generator);
        var random = new Random(seed);
        var requests = Enumerable.Range(0, cases).Select(_ => generator.Generate(random)).ToList();
        var ledger = await TaskLedger.SnapshotAsync(api);

        var report = await FuzzRunner.SendAllAsync(client, requests, ledger.Record);

        output.WriteLine($"{cases} cases; accepted: {ledger.Created} created, {ledger.Corrected} corrected, {ledger.Removed} deleted");
        output.WriteLine(report.Summary());
        var failures = report.Failures;
        failures.Should().BeEmpty($"{failures.Count} of {cases} cases failed, e.g.:\n{string.Join("\n", failures.Take(15))}");
        await ledger.ShouldMatchAsync(api);
        return ledger;
    }
}
