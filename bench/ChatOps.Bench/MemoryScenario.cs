using System.Diagnostics;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Tests.Shared;

namespace ChatOps.Bench;

/// <summary>
/// Benchmark 4: start-up time and resident memory of the bot as its own process (<see cref="BotProcess"/>), as a
/// deployment runs it (<see cref="PublishedBot"/>), on a SQLite database holding the open incidents: the median of
/// several starts (<see cref="StartupMeasure"/>), and memory right after start and after a burst of declares has been carried out.
/// </summary>
public sealed class MemoryScenario(BenchOptions options)
{
    public async Task<MemoryResult> RunAsync(string folder)
    {
        await using var slack = await LeanSlack.StartAsync();
        var settings = BotSettings.For(slack, folder, "sqlite", BotSettings.SqliteConnection(folder), announce: false);
        var later = DateTimeOffset.UtcNow + TimeSpan.FromHours(2);
        var random = new Random(7);
        await InProcessBot.SeedAsync(settings, services => IncidentSeeder.SeedAsync(services, options.OpenIncidents, _ => later + TimeSpan.FromHours(1) * random.NextDouble()));

        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? "");
        var published = await PublishedBot.PrepareAsync(options, folder);
        var startUps = await StartupMeasure.MeasureAsync(published, folder, environment, options.Smoke ? 1 : 5);
        Console.WriteLine($"  start-up: {string.Join(", ", startUps)} ms (median {StartupMeasure.Median(startUps)} ms) with {options.OpenIncidents} open incidents, {published.Build}");
        await using var bot = await BotProcess.StartAsync(folder, environment, TimeSpan.FromMinutes(2), botDll: published.Dll);
        await Task.Delay(TimeSpan.FromSeconds(options.Smoke ? 1 : 5));
        var (idle, _) = bot.Memory();
        var idleParts = ResidentParts.Of(bot.ProcessId);

        var burst = options.Smoke ? 20 : 500;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 20 }) { BaseAddress = bot.Address };
        var declares = new SignedDeclares(slack);
        var remaining = burst;
        await Task.WhenAll(Enumerable.Range(0, 20).Select(worker => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                using var response = await http.SendAsync(declares.Create(SlackEndpoints.Commands, "P1", out _));
                response.EnsureSuccessStatusCode();
            }
        })));
        var clock = Stopwatch.StartNew();
        while (slack.Channels.Values.Count(c => c.ReadyAt is not null) < burst)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException($"The bot did not open {burst} incident channels within 5 minutes.");
            await Task.Delay(250);
        }
        await Task.Delay(TimeSpan.FromSeconds(options.Smoke ? 1 : 5));
        var (afterLoad, peak) = bot.Memory();
        var result = new MemoryResult(options.OpenIncidents, StartupMeasure.Median(startUps), idle, afterLoad, peak, burst)
        {
            StartUps = startUps,
            Build = published.Build,
            IdleParts = idleParts,
            AfterLoadParts = ResidentParts.Of(bot.ProcessId),
        };
        Console.WriteLine($"  memory: start-up {result.StartUpMilliseconds} ms; resident {idle} MB idle ({idleParts}) with {options.OpenIncidents} open incidents, {afterLoad} MB ({result.AfterLoadParts}) after {burst} more declares (peak {peak} MB)");
        if (options.ProfilePauseSeconds > 0)
        {
            Console.WriteLine($"  memory: the loaded bot is process {bot.ProcessId}; keeping it for {options.ProfilePauseSeconds} s");
            await Task.Delay(TimeSpan.FromSeconds(options.ProfilePauseSeconds));
        }
        return result;
    }
}

/// <param name="StartUpMilliseconds">The median of <see cref="StartUps"/>.</param>
public sealed record MemoryResult(int OpenIncidents, double StartUpMilliseconds, double ResidentIdleMb, double ResidentAfterLoadMb, double PeakMb, int DeclaresInBurst)
{
    /// <summary>Each start's time to ready (ms), in order (<see cref="StartupMeasure"/>).</summary>
    public List<double> StartUps { get; init; } = [];

    /// <summary>Which build of the bot ran (<see cref="PublishedBot"/>).</summary>
    public string? Build { get; init; }
    public ResidentParts? IdleParts { get; init; }
    public ResidentParts? AfterLoadParts { get; init; }
}

/// <summary>
/// What the resident set is made of (MB, from /proc/PID/status): anonymous memory (the GC's heap and whatever native
/// code allocated), file-backed pages (the runtime's and the app's assemblies) and shared memory (on Linux, .NET maps
/// its generated code twice for W^X, and both views count).
/// </summary>
public sealed record ResidentParts(double Anonymous, double Files, double Shared)
{
    public static ResidentParts? Of(int processId)
    {
        var path = $"/proc/{processId}/status";
        if (!File.Exists(path)) return null;
        var status = File.ReadAllLines(path);
        double Read(string key) => status.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) is { } line
            ? Math.Round(long.Parse(line.Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0, 1)
            : double.NaN;
        return new ResidentParts(Read("RssAnon"), Read("RssFile"), Read("RssShmem"));
    }

    public override string ToString() => $"{Anonymous} anonymous, {Files} files, {Shared} shared";
}
