using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TimeTracking.WebApi.Authentication;

namespace TimeTracking.WebApi.IntegrationTests;

/// <summary>
/// Which authentication mode a server runs in: open (None) only by explicit choice, except on a developer's machine.
/// </summary>
public sealed class AuthenticationSettingsTests
{
    private const string Key = "a-signing-key-of-thirty-two-bytes!";

    [Fact]
    public void NoMode_InDevelopment_IsNone()
    {
        var settings = AuthenticationSettings.From(Configuration(), Environment(Environments.Development));

        settings.Mode.Should().Be(AuthenticationMode.None);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void NoMode_OutsideDevelopment_RefusesToStartAndSaysWhatToSet(string environment)
    {
        var read = () => AuthenticationSettings.From(Configuration(), Environment(environment));

        read.Should().Throw<StartupConfigurationException>()
            .Which.Message.Should().Contain("Authentication:Mode is not set").And.Contain(environment).And.NotContain("\n");
    }

    [Theory]
    [InlineData("None", AuthenticationMode.None)]
    [InlineData("none", AuthenticationMode.None)]
    [InlineData("Jwt", AuthenticationMode.Jwt)]
    [InlineData("JWT", AuthenticationMode.Jwt)]
    public void ExplicitMode_InProduction_IsTaken(string mode, AuthenticationMode expected)
    {
        var settings = AuthenticationSettings.From(
            Configuration(("Authentication:Mode", mode), ("Authentication:SigningKey", Key)), Environment("Production"));

        settings.Mode.Should().Be(expected);
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("1")]
    [InlineData("Jwt,None")]
    public void UnknownMode_IsRefused(string mode)
    {
        var read = () => AuthenticationSettings.From(Configuration(("Authentication:Mode", mode)), Environment("Production"));

        read.Should().Throw<StartupConfigurationException>().WithMessage($"*'{mode}'*None or Jwt*");
    }

    [Fact]
    public void Jwt_WithoutAuthorityOrSigningKey_IsRefused()
    {
        var read = () => AuthenticationSettings.From(Configuration(("Authentication:Mode", "Jwt")), Environment("Production"));

        read.Should().Throw<StartupConfigurationException>().WithMessage("*neither Authentication:Authority nor Authentication:SigningKey*");
    }

    [Fact]
    public void Jwt_WithAShortSigningKey_IsRefused()
    {
        var read = () => AuthenticationSettings.From(
            Configuration(("Authentication:Mode", "Jwt"), ("Authentication:SigningKey", "too-short")), Environment("Production"));

        read.Should().Throw<StartupConfigurationException>().WithMessage("*at least 32 bytes*");
    }

    [Fact]
    public void Jwt_WithAnAuthorityOnly_IsTakenWithTheDefaultClaims()
    {
        var settings = AuthenticationSettings.From(
            Configuration(("Authentication:Mode", "Jwt"), ("Authentication:Authority", "https://login.example.com/"),
                ("Authentication:Audience", "timetracking")),
            Environment("Production"));

        settings.Authority.Should().Be("https://login.example.com/");
        settings.Audience.Should().Be("timetracking");
        settings.UserIdClaim.Should().Be("sub");
        settings.AdminRole.Should().Be("admin");
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)))
            .Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
