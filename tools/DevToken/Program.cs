using System.Globalization;
using Microsoft.Extensions.Configuration;
using TimeTracking.DevToken;

// Prints a bearer token for the API's Authentication:SigningKey, read like the API reads it: the Development settings
// file, then Authentication__* environment variables, then --Authentication:SigningKey=... style arguments.
//   dotnet run --project tools/DevToken -- --user 42 [--admin] [--hours 8]
var options = new ConfigurationBuilder()
    .AddCommandLine(args, new Dictionary<string, string> { ["--user"] = "user", ["--hours"] = "hours" })
    .Build();
if (!long.TryParse(options["user"], NumberStyles.None, CultureInfo.InvariantCulture, out var userId) || userId <= 0)
{
    await Console.Error.WriteLineAsync("usage: dev-token --user <positive user id> [--admin] [--hours <lifetime, default 8>]");
    return 2;
}

var settings = new ConfigurationBuilder()
    .AddJsonFile(Path.Combine(RepositoryRoot(), "src", "WebApi", "appsettings.Development.json"), optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args.Where(arg => arg.StartsWith("--Authentication:", StringComparison.Ordinal)).ToArray())
    .Build()
    .GetSection("Authentication");
if (settings["SigningKey"] is not { Length: > 0 } key)
{
    await Console.Error.WriteLineAsync("No Authentication:SigningKey: set Authentication__SigningKey or run from the repository.");
    return 2;
}

var issuer = new DevTokenIssuer(key, settings["Issuer"], settings["Audience"], settings["UserIdClaim"] ?? "sub");
var hours = double.Parse(options["hours"] ?? "8", CultureInfo.InvariantCulture);
string[] roles = args.Contains("--admin") ? [settings["AdminRole"] ?? "admin"] : [];
Console.WriteLine(issuer.Create(userId, TimeSpan.FromHours(hours), roles));
return 0;

// The directory holding TimeTracking.sln, searched upwards from where the command runs.
static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "TimeTracking.sln")))
        {
            return directory.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}

/// <summary>Kept internal so that test projects referencing both this tool and the API see one <c>Program</c>.</summary>
internal sealed partial class Program;
