using System.Diagnostics;
using System.Runtime.InteropServices;
using ChatOps.Bot.Slack.Inbound;

namespace ChatOps.Bench;

/// <summary>
/// The bot the start-up and memory benchmark runs: as a deployment runs it, published for this machine's runtime,
/// which makes it ReadyToRun (ChatOps.Bot.csproj; README, "Deploying"): its code and its packages' code compiled ahead
/// of time instead of by the JIT at every start. The smoke run (CI) takes the built assembly, because publishing
/// compiles every dependency ahead of time, which takes minutes.
/// </summary>
public sealed record PublishedBot(string Dll, string Build)
{
    public static async Task<PublishedBot> PrepareAsync(BenchOptions options, string folder)
    {
        if (options.Smoke) return new PublishedBot(typeof(SlackEndpoints).Assembly.Location, "the built dll (smoke run: not published)");
        var rid = RuntimeInformation.RuntimeIdentifier;
        var output = Path.Combine(folder, "published");
        var publish = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "publish", Path.Combine(RepositoryRoot(), "src", "ChatOps.Bot"), "-c", "Release", "-r", rid, "--self-contained", "false", "-o", output, "-nologo" })
            publish.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(publish)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish of the bot failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        Console.WriteLine($"  start-up: published the bot for {rid} (ReadyToRun) in {clock.Elapsed.TotalSeconds:F0} s");
        return new PublishedBot(Path.Combine(output, "ChatOps.Bot.dll"), $"published -r {rid}, ReadyToRun");
    }

    /// <summary>The clone the benchmark was built in: the folder above its output with ChatOps.sln.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatOps.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No ChatOps.sln above {AppContext.BaseDirectory}: run the benchmark from its clone.");
    }
}
