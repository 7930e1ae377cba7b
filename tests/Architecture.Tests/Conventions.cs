using FluentValidation;
using Mediator;
using Mono.Cecil;
using NetArchTest.Rules;

namespace TimeTracking.Architecture.Tests;

/// <summary>
/// The naming and shape rules for use-case types, written once so they run both on the application and on
/// <see cref="Fixtures"/>' deliberately wrong types (which proves each rule can fail).
/// </summary>
internal static class Conventions
{
    public static PredicateList Handlers(Types types) =>
        types.That()
            .ImplementInterface(typeof(ICommandHandler<,>))
            .Or().ImplementInterface(typeof(IQueryHandler<,>));

    public static PredicateList Validators(Types types) =>
        types.That().Inherit(typeof(AbstractValidator<>));

    public static TestResult HandlersAreNamedHandler(Types types) =>
        Handlers(types).Should().HaveNameEndingWith("Handler", StringComparison.Ordinal).GetResult();

    public static TestResult HandlersAreSealed(Types types) =>
        Handlers(types).Should().BeSealed().GetResult();

    public static TestResult ValidatorsAreNamedValidator(Types types) =>
        Validators(types).Should().HaveNameEndingWith("Validator", StringComparison.Ordinal).GetResult();

    public static TestResult ValidatorsAreSealed(Types types) =>
        Validators(types).Should().BeSealed().GetResult();

    public static TestResult ValidatorsLiveBesideTheirMessage(Types types) =>
        Validators(types).Should().MeetCustomRule(new LivesInNamespaceOfValidatedMessage()).GetResult();

    /// <summary>A validator of <c>T</c> is declared in <c>T</c>'s namespace, i.e. in the use case's folder.</summary>
    private sealed class LivesInNamespaceOfValidatedMessage : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type)
        {
            const string AbstractValidator = "FluentValidation.AbstractValidator`1";
            for (var baseType = type.BaseType; baseType is not null; baseType = baseType.Resolve()?.BaseType)
            {
                if (baseType is GenericInstanceType generic && generic.ElementType.FullName == AbstractValidator)
                {
                    return generic.GenericArguments[0].Namespace == type.Namespace;
                }
            }

            return false;
        }
    }
}
