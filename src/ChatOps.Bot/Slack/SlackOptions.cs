namespace ChatOps.Bot.Slack;

/// <summary>Slack settings (<c>Slack__SigningSecret</c>, <c>Slack__BotToken</c>, <c>Slack__AppToken</c>, ...).</summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    public string SigningSecret { get; set; } = "";
    public string BotToken { get; set; } = "";
    public string AppToken { get; set; } = "";
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";
    public string AnnounceChannel { get; set; } = "";
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Runbook handles to Slack user ids or emails, e.g. <c>Slack__People__cto=U024BE7LH</c>.</summary>
    public Dictionary<string, string> People { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool HttpConfigured => SigningSecret.Length > 0 && BotToken.Length > 0;

    public bool SocketModeConfigured => AppToken.Length > 0 && BotToken.Length > 0;

    public bool Configured => HttpConfigured || SocketModeConfigured;
}
