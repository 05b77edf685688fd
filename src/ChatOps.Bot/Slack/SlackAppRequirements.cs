using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.Inbound;

namespace ChatOps.Bot.Slack;

/// <summary>
/// What the Slack app must be granted, derived from what the code registers and calls; the manifests in
/// <c>manifests/slack/</c> are tested against it.
/// </summary>
public static class SlackAppRequirements
{
    public const string Command = "/incident";

    public static IReadOnlySet<string> Events => SlackFrontEnd.Events;

    /// <summary>The scope each handled event needs (https://docs.slack.dev/reference/events).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> EventScopes = new Dictionary<string, string[]>
    {
        ["app_mention"] = ["app_mentions:read"],
        ["member_joined_channel"] = ["channels:read", "groups:read"],
        ["reaction_added"] = ["reactions:read"],
    };

    /// <summary>
    /// The slash command, posting announcements in a channel the bot has not joined, every Web API method the
    /// client calls, and every event handled.
    /// </summary>
    public static IReadOnlySet<string> BotScopes =>
        new[] { "commands", "chat:write.public" }
            .Concat(SlackMethods.RequiredScopes.Values.SelectMany(s => s))
            .Concat(Events.SelectMany(e => EventScopes[e]))
            .ToHashSet();
}
