namespace ChatOps.Bot.Slack.Api;

/// <summary>A conversation as conversations.create returns it (https://docs.slack.dev/reference/objects/conversation-object/).</summary>
public sealed record SlackChannel(string Id, string Name);
