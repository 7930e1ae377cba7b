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
        // Validators hold no state; building one per request would cost more than the validation.
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
