using System.Diagnostics;
using System.Text.Json;

namespace ChatOps.Bench;

/// <summary>
/// The Bolt for JavaScript peer (<c>bench/bolt-peer</c>): Bolt's own HTTP receiver, checking Slack's signature, with an
/// <c>/incident</c> handler that acknowledges at once and stores nothing. Installed with <c>npm ci</c> from its lock
/// file and run with <c>node</c> as its own process; skipped, with the reason, when node or npm is missing or the
/// install fails.
/// </summary>
public sealed class BoltPeer : IAsyncDisposable
{
    /// <summary>Bolt's default endpoint for events, commands and interactions.</summary>
    public const string CommandsPath = "slack/events";

    private readonly Process _process;

    private BoltPeer(Process process, Uri address, string describe)
    {
        _process = process;
        Address = address;
        Describe = describe;
    }

    public Uri Address { get; }

    /// <summary>Which Bolt and Node ran, e.g. "Bolt for JavaScript 4.7.3 on Node v20.20.2".</summary>
    public string Describe { get; }

    /// <summary>CPU the node process used so far.</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// The running peer, or null and why it was skipped. Installs it with <c>npm ci</c> when <paramref name="install"/>;
    /// else (the smoke run, which stays off the network) uses what an earlier install left, if anything.
    /// </summary>
    public static async Task<(BoltPeer? Peer, string Note)> StartAsync(string repositoryRoot, bool install)
    {
        var folder = Path.Combine(repositoryRoot, "bench", "bolt-peer");
        if (!File.Exists(Path.Combine(folder, "package-lock.json"))) return (null, $"skipped: {folder} has no package-lock.json");
        var (nodeExit, nodeVersion) = await RunAsync("node", folder, TimeSpan.FromSeconds(30), "--version");
        if (nodeExit != 0) return (null, "skipped: node is not on PATH (install Node.js 18 or later to compare with Bolt for JavaScript)");
        if (install)
        {
            var (npmExit, npmOutput) = await RunAsync("npm", folder, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund", "--loglevel=error");
            if (npmExit != 0) return (null, $"skipped: npm ci in bench/bolt-peer failed ({npmOutput.Trim().Split('\n').LastOrDefault()})");
        }
        else if (!File.Exists(Path.Combine(folder, "node_modules", "@slack", "bolt", "package.json")))
        {
            return (null, "skipped: not installed (a full run installs it with npm ci; the smoke run stays off the network)");
        }

        using var bolt = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "node_modules", "@slack", "bolt", "package.json")));
        var describe = $"Bolt for JavaScript {bolt.RootElement.GetProperty("version").GetString()} on Node {nodeVersion.Trim()}";
        var start = new ProcessStartInfo("node", "app.js")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["SLACK_SIGNING_SECRET"] = BotSettings.SigningSecret;
        start.Environment["PORT"] = "0";
        start.Environment["NODE_ENV"] = "production";
        var process = Process.Start(start)!;
        var listening = process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(listening, Task.Delay(TimeSpan.FromSeconds(30))) != listening || await listening is not { } line || !line.StartsWith("listening ", StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            return (null, $"skipped: the Bolt peer did not start ({await process.StandardError.ReadToEndAsync()})");
        }
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return (new BoltPeer(process, new Uri($"http://127.0.0.1:{line["listening ".Length..].Trim()}/"), describe), describe);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string folder, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{file} took longer than {timeout}");
            }
            return (process.ExitCode, await output + await error);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, ex.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
