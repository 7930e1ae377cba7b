namespace TimeTracking.WebApi;

/// <summary>Configuration the service cannot start with; its message is the one line an operator sees.</summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
