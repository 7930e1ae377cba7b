using NetArchTest.Rules;

namespace TimeTracking.Architecture.Tests;

public sealed class ConventionTests
{
    private static Types ApplicationTypes => Types.InAssembly(Layers.ApplicationAssembly);

    [Fact]
    public void Handlers_AreFoundByTheRules()
    {
        var handlers = Conventions.Handlers(ApplicationTypes).GetTypes().Select(type => type.Name);

        handlers.Should().Contain("StartTaskHandler").And.Contain("StopTaskHandler").And.Contain("GetDailyTimesHandler");
    }

    [Fact]
    public void Handlers_AreNamedHandler() =>
        Conventions.HandlersAreNamedHandler(ApplicationTypes).ShouldPass("command and query handlers are named *Handler");

    [Fact]
    public void Handlers_AreSealed() =>
        Conventions.HandlersAreSealed(ApplicationTypes).ShouldPass("handlers are sealed");

    [Fact]
    public void Validators_AreFoundByTheRules()
    {
        var validators = Conventions.Validators(ApplicationTypes).GetTypes().Select(type => type.Name);

        validators.Should().Contain("StartTaskValidator").And.Contain("StopTaskValidator").And.Contain("GetDailyTimesValidator");
    }

    [Fact]
    public void Validators_AreNamedValidator() =>
        Conventions.ValidatorsAreNamedValidator(ApplicationTypes).ShouldPass("validators are named *Validator");

    [Fact]
    public void Validators_AreSealed() =>
        Conventions.ValidatorsAreSealed(ApplicationTypes).ShouldPass("validators are sealed");

    [Fact]
    public void Validators_LiveInTheNamespaceOfTheMessageTheyValidate() =>
        Conventions.ValidatorsLiveBesideTheirMessage(ApplicationTypes)
            .ShouldPass("a validator sits in its use case's folder, beside its command or query");
}
