using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TimeTracking.Application.Idempotency;
using TimeTracking.Infrastructure.Persistence;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// The hourly purge of expired keys, in an instance of its own on the PostgreSQL fixture's database, with a clock of
/// its own so that its timer starts now.
/// </summary>
[Collection(OnPostgres.Name)]
public sealed class IdempotencyPurgeTests(PostgresApiFactory api) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(ApiFactory.DefaultNow);
    private WebApplicationFactory<Program> _instance = null!;

    public async Task InitializeAsync()
    {
        await api.ResetAsync();
        _instance = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:TimeTracking", api.ConnectionString)
            .UseSetting("Idempotency:PurgeInterval", "00:10:00")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        _instance.StartServer();
    }

    public async Task DisposeAsync() => await _instance.DisposeAsync();

    [Fact]
    public async Task Purge_EveryInterval_DeletesExpiredKeysAndKeepsLiveOnes()
    {
        await SeedAsync("expired", expiresAt: ApiFactory.DefaultNow.AddMinutes(5));
        await SeedAsync("live", expiresAt: ApiFactory.DefaultNow.AddHours(1));

        _clock.Advance(TimeSpan.FromMinutes(10));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await KeysAsync() is var keys && keys.Contains("expired"))
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the purge should have run after its interval");
            await Task.Delay(50);
        }

        (await KeysAsync()).Should().Equal("live");
    }

    private Task<int> SeedAsync(string key, DateTimeOffset expiresAt) => WithDbContextAsync(async db =>
    {
        db.IdempotencyKeys.Add(new IdempotencyRecord
        {
            Scope = IdempotencyScope.Anonymous,
            Key = key,
            Fingerprint = new string('0', 64),
            LeaseToken = Guid.NewGuid(),
            ExpiresAt = expiresAt,
            Response = """{"Id":1}""",
        });
        return await db.SaveChangesAsync();
    });

    private Task<List<string>> KeysAsync() =>
        WithDbContextAsync(db => db.IdempotencyKeys.Select(record => record.Key).ToListAsync());

    private async Task<T> WithDbContextAsync<T>(Func<TimeTrackingDbContext, Task<T>> action)
    {
        await using var scope = _instance.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TimeTrackingDbContext>());
    }
}
