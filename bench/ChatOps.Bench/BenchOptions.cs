using System.Globalization;

namespace ChatOps.Bench;

/// <summary>
/// The command line: <c>--smoke</c> (a few seconds, to keep the harness working), <c>--only ack,ready,reminders,memory</c>,
/// <c>--connections 1,50,200</c>, <c>--storage sqlite,postgres</c>, <c>--scales 1000,10000,100000</c>, <c>--out FILE</c>,
/// <c>--markdown FILE</c>, and <c>--set Key=Value</c> for any of the sizes below.
/// </summary>
public sealed class BenchOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/ChatOps.Bench [-- OPTIONS]
          --smoke                      a few seconds of each scenario at small sizes (what CI runs)
          --only ack,ack-scale,alerts,ready,reminders,memory,dashboard   run only these scenarios
          --connections 1,50,200       concurrent connections for the acknowledgement benchmark
          --storage sqlite,postgres    databases for the reminder benchmark
          --scales 1000,10000,100000   open incidents for the reminder benchmark (each scale on each database)
          --no-bolt                    leave out the Bolt for JavaScript peer (bench/bolt-peer; needs node and npm)
          --out FILE                   results file (default bench/results/<date>.json)
          --markdown FILE              the summary to update (default BENCHMARKS.md; "none" to skip)
          --set Key=Value              AckRequestsPerConnection, AckMinRequests, DeclaresPerSecond, DeclareSeconds,
                                       OpenIncidents, ReminderSeconds, IdleSeconds, ProfilePauseSeconds,
                                       AckDatabaseIncidents (ack-scale), AlertsPerMinute, AlertWarmUpSeconds (alerts),
                                       ReminderScales (as --scales: 1000,10000,100000), RemindersInWindow
        """;

    public bool Smoke { get; private set; }
    public static readonly string[] AllScenarios = ["ack", "ack-scale", "alerts", "ready", "reminders", "memory", "dashboard"];

    public HashSet<string> Scenarios { get; private set; } = [.. AllScenarios];
    public int[] Connections { get; private set; } = [1, 50, 200];
    public string[] Storage { get; private set; } = ["sqlite", "postgres"];
    public string? Out { get; private set; }

    /// <summary>Whether the acknowledgement benchmark runs the Bolt for JavaScript peer beside the bot.</summary>
    public bool Bolt { get; private set; } = true;
    public string? Markdown { get; private set; }

    public int AckRequestsPerConnection { get; private set; } = 10;
    public int AckMinRequests { get; private set; } = 500;
    public int DeclaresPerSecond { get; private set; } = 20;
    public int DeclareSeconds { get; private set; } = 60;
    public int OpenIncidents { get; private set; } = 10_000;

    /// <summary>Open incidents the reminder benchmark runs with, each on every database of <see cref="Storage"/> (issue 19: 1,000 to 100,000).</summary>
    public int[] ReminderScales { get; private set; } = [1_000, 10_000, 100_000];

    /// <summary>Status-update reminders that fall due in the reminder benchmark's window, at every scale (about 5 a second over a minute).</summary>
    public int RemindersInWindow { get; private set; } = 300;

    /// <summary>Incidents in the database for the acknowledgement benchmark's second run (ack-scale), beside the usual one on an empty database.</summary>
    public int AckDatabaseIncidents { get; private set; } = 100_000;

    /// <summary>Alert webhooks a minute sent while the chat acknowledgement load runs (alerts).</summary>
    public int AlertsPerMinute { get; private set; } = 1_000;

    /// <summary>Seconds the alerts flow before each measured acknowledgement load, so the bot is carrying them out when it starts.</summary>
    public int AlertWarmUpSeconds { get; private set; } = 20;
    public int ReminderSeconds { get; private set; } = 60;
    public int IdleSeconds { get; private set; } = 20;

    /// <summary>Seconds the memory scenario keeps the loaded bot alive after measuring, so a profiler can attach (dotnet-gcdump collect -p PID).</summary>
    public int ProfilePauseSeconds { get; private set; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        if (args.Contains("--smoke")) options.ApplySmoke();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--smoke": break;
                case "--no-bolt": options.Bolt = false; break;
                case "--only": options.Scenarios = List(Next()).ToHashSet(); break;
                case "--connections": options.Connections = List(Next()).Select(Number).ToArray(); break;
                case "--storage": options.Storage = List(Next()); break;
                case "--scales": options.ReminderScales = List(Next()).Select(Number).ToArray(); break;
                case "--out": options.Out = Next(); break;
                case "--markdown": options.Markdown = Next(); break;
                case "--set": options.Set(Next()); break;
                default: throw new ArgumentException($"Unknown option '{args[i]}'.\n{Usage}");
            }
        }
        foreach (var scenario in options.Scenarios)
            if (!AllScenarios.Contains(scenario)) throw new ArgumentException($"Unknown scenario '{scenario}'.\n{Usage}");
        foreach (var storage in options.Storage)
            if (storage is not ("sqlite" or "postgres")) throw new ArgumentException($"Unknown storage '{storage}': use sqlite or postgres.");
        return options;
    }

    /// <summary>
    /// Connections for the scenarios that repeat the acknowledgement load beside something else (ack-scale, alerts): the
    /// largest level, or in a smoke run a small one, since the bot then carries out every declare before going on.
    /// </summary>
    public int BusiestConnections => Smoke ? Math.Min(20, Connections.Max()) : Connections.Max();

    /// <summary>These options with other connection counts (the acknowledgement benchmark at scale runs at the largest only).</summary>
    public BenchOptions WithConnections(int[] connections)
    {
        var copy = (BenchOptions)MemberwiseClone();
        copy.Connections = connections;
        return copy;
    }

    private void ApplySmoke()
    {
        Smoke = true;
        AckRequestsPerConnection = 5;
        AckMinRequests = 40;
        DeclareSeconds = 2;
        OpenIncidents = 300;
        ReminderScales = [300];
        RemindersInWindow = 30;
        AckDatabaseIncidents = 300;
        AlertWarmUpSeconds = 2;
        ReminderSeconds = 3;
        IdleSeconds = 2;
    }

    private void Set(string assignment)
    {
        var (key, text) = assignment.Split('=', 2) is [var k, var v] ? (k, v) : throw new ArgumentException($"--set needs Key=Value, not '{assignment}'.");
        if (key == nameof(ReminderScales))
        {
            ReminderScales = List(text).Select(Number).ToArray();
            return;
        }
        var value = Number(text);
        switch (key)
        {
            case nameof(AckRequestsPerConnection): AckRequestsPerConnection = value; break;
            case nameof(AckMinRequests): AckMinRequests = value; break;
            case nameof(DeclaresPerSecond): DeclaresPerSecond = value; break;
            case nameof(DeclareSeconds): DeclareSeconds = value; break;
            case nameof(OpenIncidents): OpenIncidents = value; break;
            case nameof(ReminderSeconds): ReminderSeconds = value; break;
            case nameof(IdleSeconds): IdleSeconds = value; break;
            case nameof(ProfilePauseSeconds): ProfilePauseSeconds = value; break;
            case nameof(AckDatabaseIncidents): AckDatabaseIncidents = value; break;
            case nameof(RemindersInWindow): RemindersInWindow = value; break;
            case nameof(AlertsPerMinute): AlertsPerMinute = value; break;
            case nameof(AlertWarmUpSeconds): AlertWarmUpSeconds = value; break;
            default: throw new ArgumentException($"Unknown size '{key}'.\n{Usage}");
        }
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToArray();

    private static int Number(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{value}' is not a positive whole number.");
}
