namespace ChatOps.Bench;

/// <summary>The settings the benchmarked bot runs with: Slack over HTTP against <see cref="LeanSlack"/>, on the given database.</summary>
public static class BotSettings
{
    public const string SigningSecret = "bench-signing-secret-0123456789ab";
    public const string Declarer = "U0BENCH001";

    /// <summary>The runbook's people as Slack ids, so declares invite them.</summary>
    private static readonly Dictionary<string, string> People = new()
    {
        ["oncall-engineer"] = "U0ONCALL01",
        ["engineering-lead"] = "U0LEAD0001",
        ["cto"] = "U0CTO00001",
        ["head-of-engineering"] = "U0HEAD0001",
        ["security-lead"] = "U0SEC00001",
    };

    public static Dictionary<string, string?> For(LeanSlack slack, string folder, string provider, string connectionString, bool announce)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:ChatOps"] = connectionString,
            ["PostMortems:Directory"] = Path.Combine(folder, "postmortems"),
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-bench",
            ["Slack:ApiBaseUrl"] = slack.BaseUrl.ToString(),
            ["Slack:AnnounceChannel"] = announce ? "CANNOUNCE" : "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (handle, id) in People) settings[$"Slack:People:{handle}"] = id;
        return settings;
    }

    public static string SqliteConnection(string folder) => $"Data Source={Path.Combine(folder, "chatops.db")}";
}
