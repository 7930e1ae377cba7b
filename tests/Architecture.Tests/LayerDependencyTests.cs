using NetArchTest.Rules;
using static TimeTracking.Architecture.Tests.Layers;

namespace TimeTracking.Architecture.Tests;

public sealed class LayerDependencyTests
{
    [Fact]
    public void Domain_DependsOnNoOtherProject()
    {
        var result = Types.InAssembly(DomainAssembly)
            .ShouldNot().HaveDependencyOnAny(ApplicationNamespace, InfrastructureNamespace, WebApiNamespace)
            .GetResult();

        result.ShouldPass("the domain references nothing");
    }

    [Fact]
    public void Domain_DependsOnNoFrameworkOrLibrary()
    {
        var result = Types.InAssembly(DomainAssembly)
            .ShouldNot().HaveDependencyOnAny(EntityFrameworkCoreNamespace, AspNetCoreNamespace, NpgsqlNamespace, MediatorNamespace, FluentValidationNamespace)
            .GetResult();

        result.ShouldPass("the domain is plain C#: no EF Core, ASP.NET, Mediator or FluentValidation");
    }

    [Fact]
    public void Application_DoesNotDependOnOuterLayers()
    {
        var result = Types.InAssembly(ApplicationAssembly)
            .ShouldNot().HaveDependencyOnAny(InfrastructureNamespace, WebApiNamespace)
            .GetResult();

        result.ShouldPass("the application references the domain only");
    }

    [Fact]
    public void Application_DoesNotDependOnPersistenceOrHttp()
    {
        var result = Types.InAssembly(ApplicationAssembly)
            .ShouldNot().HaveDependencyOnAny(EntityFrameworkCoreNamespace, AspNetCoreNamespace, NpgsqlNamespace)
            .GetResult();

        result.ShouldPass("use cases speak to repositories, not to EF Core, Npgsql or ASP.NET");
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnWebApi()
    {
        var result = Types.InAssembly(InfrastructureAssembly)
            .ShouldNot().HaveDependencyOn(WebApiNamespace)
            .GetResult();

        result.ShouldPass("infrastructure implements the application's interfaces and knows nothing of HTTP hosting");
    }

    [Fact]
    public void Controllers_DoNotDependOnPersistence()
    {
        var result = Types.InAssembly(WebApiAssembly)
            .That().ResideInNamespace(ControllersNamespace)
            .ShouldNot().HaveDependencyOnAny(EntityFrameworkCoreNamespace, InfrastructureNamespace)
            .GetResult();

        result.ShouldPass("controllers translate HTTP to a command or query and go through the mediator");
    }
}
