using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TimeTracking.Infrastructure.Persistence;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// An instance of the API on the PostgreSQL fixture's database whose connection fails where the test says
/// (<see cref="DatabaseFaults"/>): retried where a retry is safe, reported where it is not.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class TransientFailureTests(PostgresApiFactory api) : IAsyncLifetime
{
    private readonly DatabaseFaults _faults = new();
    private WebApplicationFactory<Program> _faulty = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await api.ResetAsync();
        _faulty = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:TimeTracking", api.ConnectionString)
            .UseSetting("RateLimiting:Enabled", "false")
            .ConfigureTestServices(services => services
                .AddSingleton<TimeProvider>(api.Clock)
                .ConfigureDbContext<PostgresTimeTrackingDbContext>(options => options.AddInterceptors(_faults.Interceptors))));
        _faulty.UseKestrel(0);
        _faulty.StartServer();
        _client = _faulty.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _faulty.DisposeAsync();
    }

    [Fact]
    public async Task Track_ConnectionRefusedOnce_IsRetriedAndWritesOnce()
    {
        _faults.RefuseTaskInserts(times: 1);

        using var response = await _client.PostJsonAsync("/track", IdempotencyClient.Track);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        _faults.InsertsAttempted.Should().Be(1, "the refused attempt sent nothing");
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_ConnectionRefusedOnEveryAttempt_GivesUpWithin5sWith503AndChangesNothing()
    {
        _faults.RefuseTaskInserts(times: int.MaxValue);
        var clock = Stopwatch.StartNew();

        using var response = await _client.PostJsonAsync("/track", IdempotencyClient.Track);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("detail").GetString().Should().StartWith("Nothing was changed");
        (await api.CountTasksAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Track_ConnectionFailingWhileTheInsertIsSent_Returns503OutcomeUnknownAndIsNotRetried()
    {
        _faults.FailTaskInserts(times: 1);

        using var response = await _client.PostJsonAsync("/track", IdempotencyClient.Track);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("title").GetString().Should().Be("The outcome is unknown");
        _faults.InsertsAttempted.Should().Be(1, "a statement that may have run is never sent again blindly");
    }

    [Fact]
    public async Task Track_InsertRanButItsAnswerWasLost_Returns503AndWroteOnce()
    {
        _faults.LoseTaskInsertAnswers(times: 1);

        using var response = await _client.PostJsonAsync("/track", IdempotencyClient.Track);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("title").GetString().Should().Be("The outcome is unknown");
        (await api.CountTasksAsync()).Should().Be(1, "the insert ran; sending it again would have started a second task");
    }

    [Fact]
    public async Task Track_WithKey_TransientFailureBeforeCommit_IsRetriedAndWritesOnce()
    {
        _faults.FailTaskInserts(times: 1);

        using var response = await _client.TrackWithKeyAsync("failed-before-commit");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        _faults.InsertsAttempted.Should().Be(2, "the failed attempt was rolled back and run again");
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_WithKey_ConnectionFailingDuringCommit_Returns503OutcomeUnknownAndIsNotRetried()
    {
        _faults.FailBeforeCommit(times: 1);

        using var response = await _client.TrackWithKeyAsync("commit-failing");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("title").GetString().Should().Be("The outcome is unknown");
        problem.GetProperty("detail").GetString().Should().Contain("same Idempotency-Key");
        response.Headers.RetryAfter.Should().NotBeNull();
        _faults.InsertsAttempted.Should().Be(1, "a commit that may have landed is never run again blindly");
    }

    [Fact]
    public async Task Track_CommitLandedButItsAnswerWasLost_WithKey_AnswersFromTheStoredRecord()
    {
        _faults.FailAfterCommit(times: 1);

        using var response = await _client.TrackWithKeyAsync("commit-lost");
        using var repeat = await _client.TrackWithKeyAsync("commit-lost");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        repeat.IsReplay().Should().BeTrue();
        (await repeat.Content.ReadAsStringAsync()).Should().Be(await response.Content.ReadAsStringAsync());
        (await api.CountTasksAsync()).Should().Be(1);
    }

    [Fact]
    public async Task Track_CommitFailedWithKey_ReleasesTheKeySoTheRetryRunsOnce()
    {
        _faults.FailBeforeCommit(times: 1);

        using var failed = await _client.TrackWithKeyAsync("commit-failed");
        using var retry = await _client.TrackWithKeyAsync("commit-failed");

        await failed.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        retry.StatusCode.Should().Be(HttpStatusCode.OK);
        retry.IsReplay().Should().BeFalse();
        (await api.CountTasksAsync()).Should().Be(1);
    }
}
