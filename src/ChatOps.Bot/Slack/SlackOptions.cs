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

    /// <summary>Half a configuration, which would otherwise start the shell without a word: one line per mistake, naming the variable to set.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (BotToken.Length == 0 && SigningSecret.Length > 0)
            return ["Slack__SigningSecret is set but Slack__BotToken is not: set Slack__BotToken to the app's Bot User OAuth Token (xoxb-...), or unset Slack__SigningSecret to run without Slack."];
        if (BotToken.Length == 0 && AppToken.Length > 0)
            return ["Slack__AppToken is set but Slack__BotToken is not: Socket Mode needs both; set Slack__BotToken to the app's Bot User OAuth Token (xoxb-...)."];
        if (BotToken.Length > 0 && !Configured)
            return ["Slack__BotToken is set but Slack__SigningSecret is not: set Slack__SigningSecret (HTTP endpoints) or Slack__AppToken (Socket Mode, xapp-...), or unset Slack__BotToken to run without Slack."];
        return [];
    }
}
