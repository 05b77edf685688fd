namespace ChatOps.Bot.Tests.Architecture;

/// <summary>The thin Slack and Teams protocol clients know neither the outbox nor the host (STYLE.md, folder arrows).</summary>
public sealed class ProtocolClientTests
{
    public static TheoryData<string> ProtocolClients => new(BotAreas.ProtocolClients.Select(area => area.Name));

    [Theory]
    [MemberData(nameof(ProtocolClients))]
    public void A_protocol_client_uses_no_outbox_or_host_type(string client)
    {
        var area = BotAreas.ProtocolClients.Single(candidate => candidate.Name == client);
        NamespaceArea[] forbidden = [BotAreas.Outbound, .. BotAreas.Host];

        Assert.Contains(BotAreas.Bot.GetTypes(), area.Contains);
        Violations.AssertNone(
            BotAreas.Dependencies.Where(area.Contains, type => NamespaceArea.Any(forbidden, type)),
            $"No type in {area} may use a type in {string.Join(", ", forbidden.Select(f => f.ToString()))}");
    }
}
