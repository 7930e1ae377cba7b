using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TimeTracking.Infrastructure.Persistence;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>
/// The whole app on a real Kestrel port, on a real database, with a clock the tests move. Each derived factory
/// picks the database; the same contract tests run on each.
/// </summary>
public abstract class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Tuesday 18 July 2023, 09:00 UTC: the seed's example day.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2023, 7, 18, 9, 0, 0, TimeSpan.Zero);

    protected ApiFactory() => UseKestrel(0);

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    public HttpClient Client { get; private set; } = null!;

    public abstract string Provider { get; }

    public async Task InitializeAsync()
    {
        await PrepareDatabaseAsync();
        StartServer();
        Client = CreateCallerClient();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        Client.Dispose();
        await DisposeAsync();
        await DropDatabaseAsync();
    }

    /// <summary>Empties the tables and puts the clock back, so every test starts from nothing.</summary>
    public async Task ResetAsync()
    {
        Clock.AdjustTime(DefaultNow);
        await EmptyTablesAsync();
    }

    /// <summary>Runs <paramref name="action"/> against the app's own DbContext, to arrange or inspect rows.</summary>
    public async Task<T> WithDbContextAsync<T>(Func<TimeTrackingDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TimeTrackingDbContext>());
    }

    /// <summary>The client every test uses by default; the open contract needs nothing more than the address.</summary>
    protected virtual HttpClient CreateCallerClient() => CreateClient();

    protected abstract Task PrepareDatabaseAsync();

    protected abstract void UseDatabase(IWebHostBuilder builder);

    protected abstract Task EmptyTablesAsync();

    protected abstract Task DropDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        // The seed's open contract; AuthenticatedApiFactory switches to bearer tokens.
        builder.UseSetting("Authentication:Mode", "None");
        // The tests fire hundreds of requests from one address; RateLimitTests turns the limiter back on.
        builder.UseSetting("RateLimiting:Enabled", "false");
        UseDatabase(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
