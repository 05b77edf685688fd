using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Bot.Tests.Teams.Host;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// The real bot on a fake Teams tenant with one open incident (P3, so nothing fires), shared by every row of the
/// person corpus on Teams: a refused role target must leave it as it was, so rows cannot disturb each other.
/// </summary>
public sealed class TeamsOddPeopleScene : TeamsIncidentTest
{
    public string IncidentChannel { get; private set; } = "";

    public FakeTeamsServer Fake => Teams;

    public TeamsBotHost Bot => Host;

    public TeamsDriver Activities => Driver;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SayAsync(Alice, General, "incident declare P3 Search is slow");
        IncidentChannel = Teams.Channels.Single(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal)).Id;
        await Host.SettledAsync();
    }

    public Task SayInIncidentAsync(TeamsUser user, string text) => SayAsync(user, IncidentChannel, text);
}
