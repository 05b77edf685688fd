namespace ChatOps.Bot.Tests.Architecture;

/// <summary>Slack and Teams share an assembly but not code: neither adapter names a type of the other.</summary>
public sealed class SlackTeamsSeparationTests
{
    [Fact]
    public void Slack_uses_no_Teams_type()
    {
        AssertApart(BotAreas.Slack, BotAreas.Teams);
    }

    [Fact]
    public void Teams_uses_no_Slack_type()
    {
        AssertApart(BotAreas.Teams, BotAreas.Slack);
    }

    private static void AssertApart(NamespaceArea user, NamespaceArea used)
    {
        Assert.Contains(BotAreas.Bot.GetTypes(), user.Contains);
        Assert.Contains(BotAreas.Bot.GetTypes(), used.Contains);
        Violations.AssertNone(BotAreas.Dependencies.Where(user.Contains, used.Contains), $"No type in {user} may use a type in {used}");
    }
}
