using System.Diagnostics;
using System.Text.Json;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Bench;

/// <summary>
/// The benchmark harness in its smoke mode (a few seconds of every scenario at small sizes), run as a newcomer runs
/// it: its own process, writing a results file and the BENCHMARKS.md section. The numbers are not judged here (CI
/// machines are noisy); what must hold is that every scenario ran, measured something and wrote it down.
/// </summary>
public sealed class BenchSmokeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-bench-smoke-").FullName;

    [Fact]
    public async Task Smoke_run_measures_every_scenario_and_writes_results_and_summary()
    {
        var results = Path.Combine(_folder, "results.json");
        var markdown = Path.Combine(_folder, "BENCHMARKS.md");
        await File.WriteAllTextAsync(markdown, "# Benchmarks\n\nFindings written by people.\n");

        var (exit, output) = await RunBenchAsync("--smoke", "--out", results, "--markdown", markdown);

        Assert.True(exit == 0, output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(results));
        var root = json.RootElement;
        Assert.True(root.GetProperty("smoke").GetBoolean());
        var ack = root.GetProperty("ack").EnumerateArray().ToList();
        Assert.Equal([1, 50, 200], ack.Select(a => a.GetProperty("connections").GetInt32()));
        Assert.All(ack, a => Assert.True(a.GetProperty("real").GetProperty("latency").GetProperty("p99").GetDouble() > 0));
        // The Bolt for JavaScript peer ran beside the bot (when an earlier install left it: the smoke run stays off the
        // network), or the results say why not.
        var bolt = root.GetProperty("boltPeer").GetString()!;
        if (bolt.StartsWith("Bolt for JavaScript ", StringComparison.Ordinal))
            Assert.All(ack, a => Assert.True(a.GetProperty("bolt").GetProperty("latency").GetProperty("p99").GetDouble() > 0));
        else
            Assert.StartsWith("skipped: ", bolt);
        var durability = root.GetProperty("ackDurability");
        Assert.True(durability.GetProperty("acknowledged").GetInt64() > 0);
        Assert.Equal(durability.GetProperty("acknowledged").GetInt64(), durability.GetProperty("stored").GetInt64());
        var atScale = Assert.Single(root.GetProperty("ackAtScale").EnumerateArray());
        Assert.True(atScale.GetProperty("real").GetProperty("latency").GetProperty("p99").GetDouble() > 0);
        var alerts = root.GetProperty("alerts");
        Assert.True(alerts.GetProperty("alerts").GetProperty("sent").GetInt32() > 0, output);
        Assert.Equal(alerts.GetProperty("alerts").GetProperty("sent").GetInt32(), alerts.GetProperty("alerts").GetProperty("answered").GetInt32());
        Assert.True(alerts.GetProperty("withAlerts").GetProperty("latency").GetProperty("p99").GetDouble() > 0);
        Assert.True(root.GetProperty("ready").GetProperty("latency").GetProperty("count").GetInt32() > 0);
        var reminders = root.GetProperty("reminders").EnumerateArray().ToList();
        Assert.Equal(["sqlite", "postgres"], reminders.Select(r => r.GetProperty("storage").GetString()));
        Assert.All(reminders, r => Assert.True(r.GetProperty("lateness").GetProperty("count").GetInt32() > 0, output));
        // Missed reminders are a number the run reports (the full run's table judges them); on a loaded CI machine a few
        // seconds' window can miss one, so the smoke run only checks the figure is there.
        Assert.All(reminders, r => Assert.True(r.GetProperty("missed").GetInt32() >= 0));
        Assert.True(root.GetProperty("memory").GetProperty("residentAfterLoadMb").GetDouble() > 10);
        Assert.NotEmpty(root.GetProperty("targets").EnumerateArray());

        var summary = await File.ReadAllTextAsync(markdown);
        Assert.Contains("Findings written by people.", summary);
        Assert.Contains("| Target | Wanted | Measured |", summary);
        Assert.Contains("Declare-to-ready", summary);
        Assert.Contains("alert webhooks a minute", summary);
        Assert.Contains("Every acknowledged intent durable", summary);
        Assert.Contains("Start-up to ready", summary);
    }

    [Fact]
    public async Task Unknown_option_is_refused_with_the_usage()
    {
        var (exit, output) = await RunBenchAsync("--fast");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown option '--fast'", output);
        Assert.Contains("--smoke", output);
    }

    private static async Task<(int Exit, string Output)> RunBenchAsync(params string[] args)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/')));
        var dll = RepoFiles.Path("bench", "ChatOps.Bench", "bin", configuration!, "net10.0", "ChatOps.Bench.dll");
        Assert.True(File.Exists(dll), $"The benchmark is not built at {dll}.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The smoke run took over 10 minutes:\n" + await stdout + await stderr);
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
