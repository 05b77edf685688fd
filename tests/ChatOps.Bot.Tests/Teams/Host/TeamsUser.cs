namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>A person in the test tenant: Entra object id, Teams user id, display name.</summary>
public sealed record TeamsUser(string ObjectId, string Name)
{
    public string TeamsId => "29:1" + ObjectId.Replace("-", "", StringComparison.Ordinal);

    /// <summary>The conversation id of this person's 1:1 chat with the bot.</summary>
    public string PersonalChat => "a:1" + ObjectId.Replace("-", "", StringComparison.Ordinal);
}
