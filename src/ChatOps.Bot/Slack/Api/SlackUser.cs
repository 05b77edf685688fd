namespace ChatOps.Bot.Slack.Api;

/// <summary>The parts of a user object the bot uses (https://docs.slack.dev/reference/objects/user-object/).</summary>
public sealed record SlackUser(string Id, string Name, string? RealName, string? Email, string? DisplayName = null)
{
    /// <summary>What Slack shows people: the display name they chose, else their full name, else their username.</summary>
    public string Shown => DisplayName ?? RealName ?? Name;
}
