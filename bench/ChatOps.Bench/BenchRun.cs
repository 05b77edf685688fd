using System.Diagnostics;
using ChatOps.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace ChatOps.Bench;

/// <summary>
/// Runs the chosen scenarios one after another and records the results. Each scenario has its own database, except
/// that the reminder scales grow one database per engine (1,000, then 10,000, then 100,000 incidents), and the
/// acknowledgement benchmark at scale reuses the SQLite file the largest reminder scale left (a copy, made with the bot
/// stopped) when it holds as many incidents as asked for.
/// </summary>
public static class BenchRun
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var root = RepositoryRoot();
        var results = new BenchResults(DateTimeOffset.UtcNow, options.Smoke, Machine.Describe());
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"ChatOps benchmarks{(options.Smoke ? " (smoke)" : "")} on {results.Machine}");
        var work = Directory.CreateTempSubdirectory("chatops-bench-").FullName;
        void Progress(string scenario) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {scenario} (load average {Machine.LoadAverage()})");
        try
        {
            if (options.Scenarios.Contains("ack"))
            {
                Progress("acknowledgements");
                await AckAsync(options, results, root, work);
            }
            string? seeded = null;
            if (options.Scenarios.Contains("reminders"))
            {
                Progress("reminders");
                seeded = await RemindersAsync(options, results, work);
            }
            if (options.Scenarios.Contains("ack-scale"))
            {
                Progress($"acknowledgements with {options.AckDatabaseIncidents:N0} incidents in the database");
                await AckAtScaleAsync(options, results, work, seeded);
            }
            if (options.Scenarios.Contains("alerts"))
            {
                Progress($"acknowledgements beside {options.AlertsPerMinute} alert webhooks a minute");
                results.Alerts = await new AlertScenario(options).RunAsync(Folder(work, "alerts"));
            }
            if (options.Scenarios.Contains("ready"))
            {
                Progress("declare-to-ready");
                results.Ready = await new ReadyScenario(options).RunAsync(Folder(work, "ready"));
            }
            if (options.Scenarios.Contains("memory"))
            {
                Progress("memory and start-up");
                results.Memory = await new MemoryScenario(options).RunAsync(Folder(work, "memory"));
            }
            if (options.Scenarios.Contains("dashboard"))
            {
                Progress("dashboard");
                results.Dashboard = await new DashboardScenario(options).RunAsync(Folder(work, "dashboard"));
            }
        }
        finally
        {
            TryDelete(work);
        }
        results.Seconds = Math.Round(clock.Elapsed.TotalSeconds);
        results.LoadAverageAtEnd = Machine.LoadAverage();
        Progress("done");

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
        var folder = Folder(work, "ack");
        try
        {
            results.Ack.AddRange(await new AckScenario(options).RunAsync(folder, bolt));
        }
        finally
        {
            if (bolt is not null) await bolt.DisposeAsync();
        }
        results.AckDurability = await DurabilityAsync(BotSettings.SqliteConnection(folder));
        Console.WriteLine($"  durable: {results.AckDurability.Stored} intents stored of {results.AckDurability.Acknowledged} acknowledged");
    }

    /// <summary>Counts the slash commands the database holds against those the bot answered 200, with every bot on it stopped.</summary>
    private static async Task<Durability> DurabilityAsync(string connectionString)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection(connectionString + ";Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "Inbox" WHERE "Platform" = 'slack'""";
        var stored = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        return new Durability(InProcessBot.Acknowledged(connectionString), stored);
    }

    /// <summary>Every scale on every database; returns the SQLite folder holding the largest scale, for reuse.</summary>
    private static async Task<string?> RemindersAsync(BenchOptions options, BenchResults results, string work)
    {
        PostgresCluster? postgres = null;
        string? sqliteFolder = null;
        try
        {
            foreach (var storage in options.Storage)
            {
                if (storage == "postgres") postgres ??= await PostgresCluster.StartAsync();
                var folder = Folder(work, "reminders-" + storage);
                var connection = storage == "postgres" ? await postgres!.CreateDatabaseAsync("bench") : BotSettings.SqliteConnection(folder);
                var seeded = 0;
                foreach (var scale in options.ReminderScales.Distinct().Order())
                {
                    Console.WriteLine($"  reminders on {storage} with {scale:N0} open incidents (adding {scale - seeded:N0}) ...");
                    results.Reminders.Add(await new ReminderScenario(options).RunAsync(storage, folder, connection, seeded, scale));
                    seeded = scale;
                }
                if (storage == "sqlite") sqliteFolder = folder;
            }
        }
        finally
        {
            if (postgres is not null) await postgres.DisposeAsync();
        }
        return sqliteFolder is not null && options.ReminderScales.Max() == options.AckDatabaseIncidents ? sqliteFolder : null;
    }

    /// <summary>
    /// The acknowledgement benchmark at its largest number of connections with <see cref="BenchOptions.AckDatabaseIncidents"/>
    /// incidents in the database: a copy of the reminder benchmark's largest SQLite database, or one seeded now.
    /// </summary>
    private static async Task AckAtScaleAsync(BenchOptions options, BenchResults results, string work, string? seeded)
    {
        var folder = Folder(work, "ack-scale");
        if (seeded is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(seeded, "chatops.db*")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            Console.WriteLine($"  reusing the reminder benchmark's SQLite database ({options.AckDatabaseIncidents:N0} open incidents)");
        }
        else
        {
            await using var slack = await LeanSlack.StartAsync();
            var later = DateTimeOffset.UtcNow + TimeSpan.FromHours(3);
            await InProcessBot.SeedAsync(BotSettings.For(slack, folder, "sqlite", BotSettings.SqliteConnection(folder), announce: false),
                services => IncidentSeeder.SeedAsync(services, options.AckDatabaseIncidents, i => later + TimeSpan.FromSeconds(i % 900)));
        }
        results.AckDatabaseIncidents = options.AckDatabaseIncidents;
        results.AckAtScale.AddRange(await new AckScenario(options.WithConnections([options.BusiestConnections])).RunAsync(folder, bolt: null));
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
