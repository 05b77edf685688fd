using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

public class ManualEscalationTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task Escalating_moves_one_tier_up_and_invites_and_mentions_that_tiers_people()
    {
        var incident = await _h.DeclareAsync("P1");
        _h.Clock.Advance(TimeSpan.FromMinutes(4));

        var reply = await _h.RunInAsync(incident, "bob", "/incident escalate need the database team");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(1, incident.EscalationTier);
        Assert.Equal(["engineering-lead"], _h.Chat.Invites[^1].People);
        var post = _h.Chat.PostsIn(incident.ChannelId)[^1];
        Assert.Equal(["engineering-lead"], post.Message.MentionList);
        Assert.Contains("tier 1, Major escalation", post.Message.Text);
        Assert.Contains("Reason: need the database team.", post.Message.Text);
        var record = Assert.Single(incident.Escalations);
        Assert.Equal((IncidentHarness.Start.AddMinutes(4), "bob", 1, "Major escalation", false, "need the database team"),
            (record.At, record.Actor, record.Tier, record.TierName, record.Automatic, record.Reason));
        Assert.Equal("bob", incident.Timeline[^1].Actor);
        Assert.Equal("escalated", incident.Timeline[^1].Kind);
    }

    [Fact]
    public async Task A_manual_escalation_restarts_the_clock_for_the_next_tier()
    {
        var incident = await _h.DeclareAsync("P1");
        _h.Clock.Advance(TimeSpan.FromMinutes(4));

        await _h.RunInAsync(incident, "bob", "/incident escalate");

        var next = _h.Scheduled(incident, ReminderKind.Escalation)!;
        Assert.Equal(2, next.Tier);
        Assert.Equal(IncidentHarness.Start.AddMinutes(19), next.DueAt);
        Assert.Equal("escalated by bob", incident.Escalations[0].Reason);
    }

    [Fact]
    public async Task Escalating_at_the_top_tier_is_an_error_and_changes_nothing()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "bob", "/incident escalate");
        var timeline = incident.Timeline.Count;
        var invites = _h.Chat.Invites.Count;
        var posts = _h.Chat.Posts.Count;

        var reply = await _h.RunInAsync(incident, "bob", "/incident escalate");

        Assert.True(reply.IsError);
        Assert.Contains("top tier", reply.Text);
        Assert.Equal(1, incident.EscalationTier);
        Assert.Single(incident.Escalations);
        Assert.Equal(timeline, incident.Timeline.Count);
        Assert.Equal(invites, _h.Chat.Invites.Count);
        Assert.Equal(posts, _h.Chat.Posts.Count);
    }

    [Fact]
    public async Task Escalating_a_resolved_incident_is_an_error()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "bob", "/incident resolve");

        var reply = await _h.RunInAsync(incident, "bob", "/incident escalate");

        Assert.True(reply.IsError);
        Assert.Empty(incident.Escalations);
    }
}
