using NetArchTest.Rules;
using static TimeTracking.Architecture.Tests.Layers;

namespace TimeTracking.Architecture.Tests;

/// <summary>
/// Controls for <see cref="LayerDependencyTests"/>: each forbidden name there is one NetArchTest does find where it
/// is allowed, so those rules fail if the dependency ever appears (a misspelt namespace would pass forever).
/// </summary>
public sealed class DependencyDetectionTests
{
    [Theory]
    [InlineData("Application", DomainNamespace)]
    [InlineData("Application", MediatorNamespace)]
    [InlineData("Application", FluentValidationNamespace)]
    [InlineData("Infrastructure", ApplicationNamespace)]
    [InlineData("Infrastructure", EntityFrameworkCoreNamespace)]
    [InlineData("Infrastructure", NpgsqlNamespace)]
    [InlineData("WebApi", InfrastructureNamespace)]
    [InlineData("WebApi", AspNetCoreNamespace)]
    public void Checker_FindsAnExistingDependency(string layer, string dependency)
    {
        var dependents = Types.InAssembly(AssemblyOf(layer)).That().HaveDependencyOn(dependency).GetTypes();

        dependents.Should().NotBeEmpty("{0} does use {1}", layer, dependency);
    }

    [Fact]
    public void Checker_FindsControllersAndWhatTheyUse()
    {
        var controllersUsingTheMediator = Types.InAssembly(WebApiAssembly)
            .That().ResideInNamespace(ControllersNamespace)
            .And().HaveDependencyOn(MediatorNamespace)
            .GetTypes();

        controllersUsingTheMediator.Select(type => type.Name).Should().Contain("TimeTrackingController");
    }

    private static System.Reflection.Assembly AssemblyOf(string layer) => layer switch
    {
        "Application" => ApplicationAssembly,
        "Infrastructure" => InfrastructureAssembly,
        "WebApi" => WebApiAssembly,
        _ => throw new ArgumentOutOfRangeException(nameof(layer), layer, null),
    };
}
