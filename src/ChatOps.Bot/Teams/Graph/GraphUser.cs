namespace ChatOps.Bot.Teams.Graph;

/// <summary>A directory user as Graph returns one (https://learn.microsoft.com/graph/api/resources/user): object id and display name.</summary>
public sealed record GraphUser(string Id, string DisplayName);
