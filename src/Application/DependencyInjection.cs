using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TimeTracking.Application.Idempotency;
using TimeTracking.Application.Tasks;

namespace TimeTracking.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the use cases' validators, the clock and what the idempotency behaviour needs. Handlers and the
    /// mediator are registered by the Mediator source generator in the host, which lists the pipeline behaviours
    /// (<see cref="Behaviors"/>) in order.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Validators hold no state; building one per request would cost more than the validation.
        services.AddValidatorsFromAssembly(
            typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new IdempotencyOptions());
        services.TryAddSingleton(new TrackingOptions());
        services.AddScoped<IdempotencyOutcome>();
        return services;
    }
}
