namespace ChatOps.Bot.Teams.Graph;

/// <summary>A channel of the team as Graph describes it (https://learn.microsoft.com/graph/api/resources/channel).</summary>
public sealed record GraphChannel(string Id, string DisplayName, bool IsPrivate);
