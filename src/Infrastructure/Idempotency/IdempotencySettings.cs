using System.Globalization;
using Microsoft.Extensions.Configuration;
using TimeTracking.Application.Idempotency;

namespace TimeTracking.Infrastructure.Idempotency;

/// <summary>Reads <see cref="IdempotencyOptions"/> from the <c>Idempotency</c> section once, at start-up.</summary>
public static class IdempotencySettings
{
    public const string Section = "Idempotency";

    /// <summary>The configured durations (<c>hh:mm:ss</c> or <c>d.hh:mm:ss</c>), each defaulting when absent; not positive fails here.</summary>
    public static IdempotencyOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var defaults = new IdempotencyOptions();
        return new IdempotencyOptions
        {
            Retention = Positive(section, nameof(IdempotencyOptions.Retention), defaults.Retention),
            Lease = Positive(section, nameof(IdempotencyOptions.Lease), defaults.Lease),
            PurgeInterval = Positive(section, nameof(IdempotencyOptions.PurgeInterval), defaults.PurgeInterval),
        };
    }

    private static TimeSpan Positive(IConfigurationSection section, string name, TimeSpan fallback)
    {
        var value = section[name] is { Length: > 0 } text ? TimeSpan.Parse(text, CultureInfo.InvariantCulture) : fallback;
        return value > TimeSpan.Zero
            ? value
            : throw new InvalidOperationException($"{Section}:{name} must be a positive duration such as 00:00:30; it is {value}.");
    }
}
