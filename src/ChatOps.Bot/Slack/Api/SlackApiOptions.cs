namespace ChatOps.Bot.Slack.Api;

/// <summary>How the bot reaches the Slack Web API (https://docs.slack.dev/apis/web-api/).</summary>
public sealed record SlackApiOptions
{
    /// <summary>The bot token, <c>xoxb-...</c>.</summary>
    public required string BotToken { get; init; }

    /// <summary>Where Web API methods live; tests point this at a local fake. Must end with a slash.</summary>
    public Uri ApiBaseUrl { get; init; } = new("https://slack.com/api/");

    /// <summary>Least time between two chat.postMessage calls to one channel (Slack allows about one per second); zero disables pacing.</summary>
    public TimeSpan PostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a rate-limited (HTTP 429) call is retried before giving up.</summary>
    public int MaxRetries { get; init; } = 5;
}
