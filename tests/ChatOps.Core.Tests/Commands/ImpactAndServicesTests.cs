using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>Impact and affected services can be set after declaring, so updates stop saying "Being assessed".</summary>
public class ImpactAndServicesTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task Impact_and_services_set_later_reach_the_card_the_timeline_and_the_next_update()
    {
        var incident = await _h.DeclareAsync("P1");

        await _h.RunInAsync(incident, "alice", "/incident impact EU customers cannot pay by card");
        await _h.RunInAsync(incident, "alice", "/incident services API, Payments");
        await _h.RunInAsync(incident, "alice", "/incident update identified Bad deploy");

        var card = Core.Messaging.IncidentCards.Incident(incident, _h.Runbook, _h.Clock.GetUtcNow());
        Assert.Equal("EU customers cannot pay by card", card.Facts.Single(f => f.Label == "Impact").Value);
        Assert.Equal("API, Payments", card.Facts.Single(f => f.Label == "Affected services").Value);
        Assert.Contains(incident.Timeline, t => t.Kind == "impact" && t.Text == "Impact: EU customers cannot pay by card");
        var update = _h.Chat.PostsIn(incident.ChannelId)[^1].Message.Text;
        Assert.Contains("Impact: EU customers cannot pay by card", update);
        Assert.DoesNotContain("Being assessed", update);
    }

    [Fact]
    public async Task Empty_or_unchanged_text_is_refused_and_changes_nothing()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident impact Slow checkout");
        var timeline = incident.Timeline.Count;

        Assert.Contains("Say who is affected", (await _h.RunInAsync(incident, "alice", "/incident impact")).Text);
        Assert.Contains("already says that", (await _h.RunInAsync(incident, "alice", "/incident impact Slow checkout")).Text);
        Assert.Equal(timeline, incident.Timeline.Count);
    }
}
