using ChatOps.Tests.Shared;

namespace ChatOps.Bench;

/// <summary>Runs the chosen scenarios one after another, each on its own fresh database, and records the results.</summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var root = RepositoryRoot();
        var results = new BenchResults(DateTimeOffset.UtcNow, options.Smoke, Machine.Describe());
        Console.WriteLine($"ChatOps benchmarks{(options.Smoke ? " (smoke)" : "")} on {results.Machine}");
        var work = Directory.CreateTempSubdirectory("chatops-bench-").FullName;
        try
        {
            if (options.Scenarios.Contains("ack")) await AckAsync(options, results, root, work);
            if (options.Scenarios.Contains("ready")) results.Ready = await new ReadyScenario(options).RunAsync(Folder(work, "ready"));
            if (options.Scenarios.Contains("reminders")) await RemindersAsync(options, results, work);
            if (options.Scenarios.Contains("memory")) results.Memory = await new MemoryScenario(options).RunAsync(Folder(work, "memory"));
            if (options.Scenarios.Contains("dashboard")) results.Dashboard = await new DashboardScenario(options).RunAsync(Folder(work, "dashboard"));
        }
        finally
        {
            TryDelete(work);
        }

        var outFile = options.Out ?? (options.Smoke
            ? Path.Combine(work + "-results.json")
            : Path.Combine(root, "bench", "results", $"{results.RanAt:yyyy-MM-dd}.json"));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outFile))!);
        await File.WriteAllTextAsync(outFile, results.ToJson());
        var markdown = options.Markdown ?? (options.Smoke ? "none" : Path.Combine(root, "BENCHMARKS.md"));
        var shown = Path.GetRelativePath(root, Path.GetFullPath(outFile));
        if (markdown != "none") MarkdownSummary.Update(markdown, results, shown);
        Console.WriteLine();
        Console.Write(MarkdownSummary.Render(results, shown));
        Console.WriteLine($"\nResults written to {outFile}{(markdown != "none" ? $" and summarised in {markdown}" : "")}.");
        return 0;
    }

    private static async Task AckAsync(BenchOptions options, BenchResults results, string root, string work)
    {
        var (bolt, note) = options.Bolt ? await BoltPeer.StartAsync(root, install: !options.Smoke) : (null, "skipped: --no-bolt");
        results.BoltPeer = note;
        Console.WriteLine($"  bolt-js peer: {note}");
        try
        {
            results.Ack.AddRange(await new AckScenario(options).RunAsync(Folder(work, "ack"), bolt));
        }
        finally
        {
            if (bolt is not null) await bolt.DisposeAsync();
        }
    }

    private static async Task RemindersAsync(BenchOptions options, BenchResults results, string work)
    {
        PostgresCluster? postgres = null;
        try
        {
            foreach (var storage in options.Storage)
            {
                if (storage == "postgres") postgres ??= await PostgresCluster.StartAsync();
                results.Reminders.Add(await new ReminderScenario(options).RunAsync(storage, Folder(work, "reminders-" + storage), postgres));
            }
        }
        finally
        {
            if (postgres is not null) await postgres.DisposeAsync();
        }
    }

    private static string Folder(string work, string name) => Directory.CreateDirectory(Path.Combine(work, name)).FullName;

    /// <summary>The clone this runs in (the folder with ChatOps.sln), else the current folder.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatOps.sln"))) return dir.FullName;
        return Environment.CurrentDirectory;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
