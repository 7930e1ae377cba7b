using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using TimeTracking.WebApi.IntegrationTests.Fixtures;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>The built programs, run as processes: the API refusing a server left open by omission, and the token command.</summary>
public sealed class StartupTests(DevelopmentJwtApiFactory development) : IClassFixture<DevelopmentJwtApiFactory>
{
    private static readonly string[] HostVariables = ["Authentication__", "ASPNETCORE_", "DOTNET_ENVIRONMENT", "ConnectionStrings__", "DATABASE_URL"];

    [Fact]
    public async Task Api_InProductionWithoutAnAuthenticationMode_ExitsWithOneLineSayingWhy()
    {
        var database = Path.Combine(Path.GetTempPath(), $"timetracking-refused-{Guid.NewGuid():N}.db");

        var outcome = await DotnetProcess.RunAsync(
            "TimeTracking.WebApi.dll",
            ["--urls", "http://127.0.0.1:0"],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Sqlite"] = $"Data Source={database}",
            },
            HostVariables);

        outcome.ExitCode.Should().Be(1);
        outcome.Error.TrimEnd().Split('\n').Should().ContainSingle()
            .Which.Should().StartWith("TimeTracking cannot start: Authentication:Mode is not set");
        File.Exists(database).Should().BeFalse("nothing is touched before the configuration is accepted");
    }

    [Fact]
    public async Task Api_OnAPortAnotherProcessHolds_ExitsWithOneLineNamingTheAddress()
    {
        using var holder = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)holder.LocalEndpoint).Port}";
        var database = Path.Combine(Path.GetTempPath(), $"timetracking-port-{Guid.NewGuid():N}.db");

        var outcome = await DotnetProcess.RunAsync(
            "TimeTracking.WebApi.dll",
            ["--urls", address],
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Authentication__Mode"] = "None",
                ["ConnectionStrings__Sqlite"] = $"Data Source={database}",
            },
            HostVariables);
        File.Delete(database);

        outcome.ExitCode.Should().Be(1);
        outcome.Error.TrimEnd().Split('\n').Should().ContainSingle()
            .Which.Should().StartWith("TimeTracking cannot start: Failed to bind to address " + address);
    }

    [Fact]
    public async Task DevTokenCommand_MintsATokenTheDevelopmentSettingsAccept()
    {
        var token = await MintAsync("--user", "42");
        using var client = ClientWith(token);

        using var response = await client.PostJsonAsync("/track", """{"description": "Try the API by hand"}""");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var owners = await development.WithDbContextAsync(db => db.Tasks.Select(task => task.UserId).ToListAsync());
        owners.Should().Equal(42);
    }

    [Fact]
    public async Task DevTokenCommand_WithAdmin_MintsATokenThatMayActForAnyone()
    {
        var token = await MintAsync("--user", "1", "--admin");
        using var client = ClientWith(token);

        using var response = await client.GetAsync("/times?user_id=777&date=2023-07-18");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("--user", "0")]
    [InlineData("--user", "alice")]
    [InlineData("--admin")]
    public async Task DevTokenCommand_WithoutAPositiveUserId_ExitsWithUsage(params string[] arguments)
    {
        var outcome = await RunDevTokenAsync(arguments);

        outcome.ExitCode.Should().Be(2);
        outcome.Output.Should().BeEmpty();
        outcome.Error.Should().StartWith("usage: dev-token --user");
    }

    private static async Task<string> MintAsync(params string[] arguments)
    {
        var outcome = await RunDevTokenAsync(arguments);
        outcome.ExitCode.Should().Be(0, outcome.Error);
        return outcome.Output.Trim();
    }

    // From the repository root, as the README runs it, so it finds src/WebApi/appsettings.Development.json.
    private static Task<DotnetProcess.Outcome> RunDevTokenAsync(string[] arguments) =>
        DotnetProcess.RunAsync(
            "TimeTracking.DevToken.dll", arguments, new Dictionary<string, string>(), HostVariables, DotnetProcess.RepositoryRoot());

    private HttpClient ClientWith(string token)
    {
        var client = development.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>The Development environment's own settings (its signing key, issuer and audience) with bearer tokens on.</summary>
public sealed class DevelopmentJwtApiFactory : SqliteApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Authentication:Mode", "Jwt");
    }
}
