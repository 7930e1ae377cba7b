using NetArchTest.Rules;

namespace TimeTracking.Architecture.Tests;

/// <summary>
/// Controls for <see cref="ConventionTests"/>: the same rules, run on fixtures that break them, do fail and name
/// the offenders. A rule that selected nothing would pass on anything.
/// </summary>
public sealed class ConventionRuleControlTests
{
    private static Types Fixtures => Types.InAssembly(typeof(ConventionRuleControlTests).Assembly);

    [Fact]
    public void HandlersAreNamedHandler_FailsOnMisnamedHandlers() =>
        FailingNames(Conventions.HandlersAreNamedHandler(Fixtures)).Should().BeEquivalentTo("PingProcessor", "PingQueryAnswerer");

    [Fact]
    public void HandlersAreSealed_FailsOnUnsealedHandlers() =>
        FailingNames(Conventions.HandlersAreSealed(Fixtures)).Should().BeEquivalentTo("PingProcessor", "PingQueryAnswerer");

    [Fact]
    public void ValidatorsAreNamedValidator_FailsOnMisnamedValidator() =>
        FailingNames(Conventions.ValidatorsAreNamedValidator(Fixtures)).Should().Equal("PingChecker");

    [Fact]
    public void ValidatorsAreSealed_FailsOnUnsealedValidator() =>
        FailingNames(Conventions.ValidatorsAreSealed(Fixtures)).Should().Equal("PingChecker");

    [Fact]
    public void ValidatorsLiveBesideTheirMessage_FailsOnValidatorInAnotherNamespace() =>
        FailingNames(Conventions.ValidatorsLiveBesideTheirMessage(Fixtures)).Should().Equal("PingChecker");

    private static IEnumerable<string> FailingNames(TestResult result)
    {
        result.IsSuccessful.Should().BeFalse();
        return result.FailingTypes.Select(type => type.Name);
    }
}
