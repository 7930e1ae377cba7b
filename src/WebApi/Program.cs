using TimeTracking.Application;
using TimeTracking.Infrastructure;
using TimeTracking.WebApi;

var builder = WebApplication.CreateBuilder(args);
builder.ConfigureServer();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddWebApi(builder.Configuration);

var app = builder.Build();
await app.Services.InitialiseDatabaseAsync();
app.UseWebApi();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
