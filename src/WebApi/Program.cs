using TimeTracking.Application;
using TimeTracking.Infrastructure;
using TimeTracking.WebApi;

var builder = WebApplication.CreateBuilder(args);
builder.ConfigureServer();
try
{
    builder.Services
        .AddApplication()
        .AddInfrastructure(builder.Configuration)
        .AddWebApi(builder.Configuration, builder.Environment);
}
catch (StartupConfigurationException refused)
{
    // An operator needs the one line that says what to set, not a stack trace.
    await Console.Error.WriteLineAsync($"TimeTracking cannot start: {refused.Message}");
    return 1;
}

var app = builder.Build();
await app.Services.InitialiseDatabaseAsync();
app.UseWebApi();
try
{
    await app.RunAsync();
}
catch (IOException refused) when (refused.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // Another process holds the port: one line naming the address, as for any setting that cannot work.
    await Console.Error.WriteLineAsync($"TimeTracking cannot start: {refused.Message}");
    return 1;
}

return 0;

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
