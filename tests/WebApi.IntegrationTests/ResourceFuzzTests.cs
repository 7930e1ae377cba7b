using TimeTracking.WebApi.IntegrationTests.Fixtures;
using Xunit.Abstractions;
using static TimeTracking.WebApi.IntegrationTests.Fixtures.ResourceClient;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Ten thousand generated requests, malformed in every way <see cref="ResourceFuzzCases"/> can think of, thrown at the
/// task resources and the reports over HTTP against PostgreSQL: no 5xx, every error a problem document, and the table
/// afterwards exactly what it was with the accepted requests' answers applied (<see cref="TaskLedger"/>).
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class ResourceFuzzTests(PostgresApiFactory api, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Cases = 10_000;
    private const int Seed = 20_261_201;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GeneratedBadRequests_NeverFailTheServer_AndChangeExactlyWhatWasAccepted()
    {
        var generator = new ResourceFuzzCases(await SeedTasksAsync(api, entries: 120));

        var ledger = await ResourceFuzz.RunAsync(api, api.Client, generator, Cases, Seed, output);

        ledger.Created.Should().BePositive("some entries must get through, or the accepted paths go untested");
        ledger.Corrected.Should().BePositive();
        ledger.Removed.Should().BePositive();
    }

    /// <summary>
    /// Running and stopped tasks of three users; returns their ids and the next <paramref name="entries"/> ids, about
    /// as many as the run's accepted entries will take, so that the run aims at its own tasks too.
    /// </summary>
    internal static async Task<long[]> SeedTasksAsync(ApiFactory api, int entries)
    {
        var day = ApiFactory.DefaultNow.AddHours(-9);
        var seeded = await api.InsertAsync(
        [
            Domain.Tasks.TrackedTask.Start(1, "running", day.AddHours(8)),
            Domain.Tasks.TrackedTask.Start(42, "running", day.AddHours(7)),
            Domain.Tasks.TrackedTask.Start(7, "running", day.AddDays(-1)),
            Stopped(1, day.AddHours(1), day.AddHours(2)),
            Stopped(1, day.AddHours(-2), day.AddHours(3), "over midnight"),
            Stopped(42, day.AddHours(3), day.AddHours(4)),
            Stopped(42, day.AddDays(-30), day.AddDays(-30).AddMinutes(1)),
            Stopped(7, day.AddHours(5), day.AddHours(5)),
        ]);
        var next = seeded.Max() + 1;
        return [.. seeded, .. Enumerable.Range(0, entries).Select(offset => next + offset)];
    }
}

/// <summary>The same in <c>Authentication:Mode=Jwt</c>, fewer cases, with tokens of three users, none and forged ones.</summary>
[Collection(OnAuthenticatedPostgres.Name)]
public sealed class AuthenticatedResourceFuzzTests(AuthenticatedApiFactory api, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Cases = 3_000;
    private const int Seed = 20_261_202;

    public Task InitializeAsync() => api.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GeneratedBadRequests_WithAnyCredentials_NeverFailTheServer_AndChangeExactlyWhatWasAccepted()
    {
        var admin = TestTokens.For(AuthenticatedApiFactory.AdminUserId, "admin");
        var user42 = TestTokens.For(42);
        var user7 = TestTokens.For(7);
        var generator = new ResourceFuzzCases(await ResourceFuzzTests.SeedTasksAsync(api, entries: 30), random => random.Next(10) switch
        {
            < 4 => $"Bearer {admin}",
            < 6 => $"Bearer {user42}",
            < 7 => $"Bearer {user7}",
            < 8 => null,
            _ => ForgedTokens.Forge(random, random.Pick([admin, user42])),
        });
        using var client = api.ClientWithToken(null);

        var ledger = await ResourceFuzz.RunAsync(api, client, generator, Cases, Seed, output);

        ledger.Created.Should().BePositive();
        ledger.Corrected.Should().BePositive();
        ledger.Removed.Should().BePositive();
    }
}
