namespace TimeTracking.WebApi;

internal static class ConfiguredNames
{
    /// <summary>
    /// The enum member a setting names, in any casing; null when the setting is absent. Anything else (a number,
    /// a list, a typo) stops the start with the choices spelled out.
    /// </summary>
    public static TEnum? Read<TEnum>(IConfiguration configuration, string key)
        where TEnum : struct, Enum
    {
        if (configuration[key] is not { Length: > 0 } text)
        {
            return null;
        }

        var names = Enum.GetNames<TEnum>();
        return names.FirstOrDefault(name => name.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<TEnum>(name)
            : throw new StartupConfigurationException($"{key} is '{text}'; it must be {string.Join(" or ", names)}.");
    }
}
