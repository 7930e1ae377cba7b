using System.Diagnostics;

namespace TimeTracking.WebApi.IntegrationTests.Fixtures;

/// <summary>Runs one of the solution's programs from the test's output folder as its own process, as a user would.</summary>
public static class DotnetProcess
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    /// <summary>The checkout's root, where the README's commands run.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "TimeTracking.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }

    /// <summary>
    /// Runs <paramref name="assembly"/> (a file name in the output folder) with <paramref name="arguments"/>. Variables
    /// that start with a prefix in <paramref name="withoutVariablesStartingWith"/> are removed from the inherited
    /// environment, so that what the test runner happens to have set cannot decide the outcome.
    /// </summary>
    public static async Task<Outcome> RunAsync(
        string assembly,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        string[] withoutVariablesStartingWith,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(
            name => withoutVariablesStartingWith.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{assembly} did not exit within 60 s.");
        }

        return new Outcome(process.ExitCode, await output, await error);
    }
}
