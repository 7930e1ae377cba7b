using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TimeTracking.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the use cases' validators and the clock. Handlers and the mediator are registered by the
    /// Mediator source generator in the host, which lists <see cref="Behaviors.ValidationBehavior{TMessage,TResponse}"/>
    /// in its pipeline.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
