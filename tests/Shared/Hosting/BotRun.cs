using System.Diagnostics;
using ChatOps.Bot.Slack.Inbound;

namespace ChatOps.Tests.Shared;

/// <summary>
/// The built bot run once to its exit, as a person runs it from a terminal: these arguments and environment variables
/// (and none of the test runner's own bot settings), standard output and error captured apart, killed if it is still
/// running after the timeout.
/// </summary>
public static class BotRun
{
    private static readonly string[] BotSettings =
        ["Slack__", "Teams__", "Storage__", "ConnectionStrings__", "Runbook__", "PostMortems__", "Shell__", "Outbox__", "Logging__", "ASPNETCORE_"];

    public static async Task<BotExit> RunAsync(string folder, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(SlackEndpoints).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => BotSettings.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
            start.Environment.Remove(key);
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        // Nothing typed: a shell that starts by mistake reads end of input and exits instead of hanging.
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var expiry = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(expiry.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"The bot was still running after {timeout}:\n{await output}\n{await error}");
        }
        return new BotExit(process.ExitCode, await output, await error);
    }
}

/// <summary>How one run of the bot ended and what it wrote.</summary>
public sealed record BotExit(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> ErrorLines => Lines(Error);

    public IReadOnlyList<string> OutputLines => Lines(Output);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
