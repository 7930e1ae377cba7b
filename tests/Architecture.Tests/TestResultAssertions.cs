using NetArchTest.Rules;

namespace TimeTracking.Architecture.Tests;

internal static class TestResultAssertions
{
    /// <summary>Fails with the names of the offending types, so a broken rule says where to look.</summary>
    public static void ShouldPass(this TestResult result, string rule) =>
        result.IsSuccessful.Should().BeTrue("{0}, but these types break it: {1}", rule, FailingTypeNames(result));

    public static string FailingTypeNames(TestResult result) =>
        string.Join(", ", result.FailingTypeNames ?? []);
}
