using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>Who is paged when: declaration, raised severity, escalation tiers, by hand; acknowledge and resolve follow.</summary>
public class PagingDecisionTests
{
    private readonly IncidentHarness _h = new(TestRunbooks.Paging);

    [Fact]
    public async Task Declaring_at_a_paging_severity_triggers_each_of_its_pagers_once_with_keys_from_number_and_tier()
    {
        var incident = await _h.DeclareAsync("P0", "Checkout is down");

        Assert.Equal(["trigger primary chatops-INC-2026-001-0", "trigger platform chatops-INC-2026-001-0-platform"], _h.Pager.Lines);
        var page = _h.Pager.Pages[0];
        Assert.Equal(("INC-2026-001 P0 Checkout is down", "P0", 0, "INC-2026-001", incident.ChannelId, "declared at P0", "alice"),
            (page.Summary, page.Severity, page.SeverityRank, page.IncidentNumber, page.ChannelId, page.Reason, page.Actor));
        Assert.Equal([("primary", PagerService.PagerDuty, "0"), ("platform", PagerService.Opsgenie, "0")],
            incident.Pages.Select(p => (p.Pager, p.Service, p.Tier)));
        Assert.Equal(2, incident.Timeline.Count(t => t.Kind == "paged"));
        Assert.Contains(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Text.StartsWith("Paged primary (PagerDuty), platform (Opsgenie: team platform) for INC-2026-001 (P0)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Declaring_at_a_severity_without_a_page_list_pages_nobody()
    {
        var incident = await _h.DeclareAsync("P2");

        Assert.Empty(_h.Pager.Pages);
        Assert.Empty(incident.Pages);
    }

    [Fact]
    public async Task The_shipped_runbook_pages_nobody_and_a_page_by_hand_says_how_to_name_pagers()
    {
        var plain = new IncidentHarness();
        var incident = await plain.DeclareAsync("P0");

        var reply = await plain.RunInAsync(incident, "bob", "/incident page primary");

        Assert.Empty(plain.Pager.Pages);
        Assert.True(reply.IsError);
        Assert.Contains("names no pagers; list them under pagers:", reply.Text);
    }

    [Fact]
    public async Task Raising_the_severity_triggers_the_new_severitys_pagers_but_never_the_same_pager_twice_for_the_same_tier()
    {
        var incident = await _h.DeclareAsync("P2");

        await _h.RunInAsync(incident, "bob", "/incident sev P0 whole site down");
        await _h.RunInAsync(incident, "bob", "/incident sev P1");
        await _h.RunInAsync(incident, "bob", "/incident sev P0");

        Assert.Equal(["trigger primary chatops-INC-2026-001-0", "trigger platform chatops-INC-2026-001-0-platform"], _h.Pager.Lines);
        Assert.Equal("raised to P0", _h.Pager.Pages[0].Reason);
        Assert.Equal("bob", _h.Pager.Pages[0].Actor);
    }

    [Fact]
    public async Task Lowering_the_severity_pages_nobody()
    {
        var incident = await _h.DeclareAsync("P1");

        await _h.RunInAsync(incident, "bob", "/incident sev P3");

        Assert.Empty(_h.Pager.Pages);
    }

    [Fact]
    public async Task An_escalation_tier_with_a_page_list_triggers_it_when_escalated_by_hand()
    {
        var incident = await _h.DeclareAsync("P0");

        await _h.RunInAsync(incident, "bob", "/incident escalate need more hands");

        Assert.Equal("trigger backup chatops-INC-2026-001-1", _h.Pager.Lines[^1]);
        Assert.Equal("escalated to tier 1 (Critical escalation): need more hands", _h.Pager.Pages[^1].Reason);
        Assert.Equal("1", incident.Pages[^1].Tier);
    }

    [Fact]
    public async Task An_escalation_tier_that_fires_on_its_timer_triggers_its_pagers_as_the_bot()
    {
        var incident = await _h.DeclareAsync("P1");
        _h.Clock.Advance(TimeSpan.FromMinutes(15));
        await _h.FireDueAsync();
        Assert.Empty(_h.Pager.Pages);

        _h.Clock.Advance(TimeSpan.FromMinutes(15));
        await _h.FireDueAsync();

        Assert.Equal(["trigger backup chatops-INC-2026-001-2"], _h.Pager.Lines);
        Assert.Equal(IncidentHarness.BotActor, _h.Pager.Pages[0].Actor);
        Assert.StartsWith("escalated to tier 2 (Critical escalation): still not acknowledged", _h.Pager.Pages[0].Reason);
    }

    [Fact]
    public async Task Acknowledging_in_chat_acknowledges_every_page_the_incident_triggered_once()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "bob", "/incident escalate");

        await _h.RunInAsync(incident, "bob", "/incident ack");

        Assert.Equal(
            ["acknowledge primary chatops-INC-2026-001-0", "acknowledge platform chatops-INC-2026-001-0-platform", "acknowledge backup chatops-INC-2026-001-1"],
            _h.Pager.Lines.Skip(3));
        Assert.All(incident.Pages, p => Assert.Equal(_h.Clock.GetUtcNow(), p.AcknowledgedAt));
        Assert.Contains(incident.Timeline, t => t.Kind == "page-acknowledged" && t.Actor == "bob");
    }

    [Theory]
    [InlineData("/incident update identified Bad deploy 4f2a, rolling back")]
    [InlineData("/incident role comms bob")]
    public async Task Working_the_incident_acknowledges_it_and_its_pages(string work)
    {
        var incident = await _h.DeclareAsync("P0");

        await _h.RunInAsync(incident, "bob", work);

        Assert.Equal("bob", incident.AcknowledgedBy);
        Assert.Equal(["acknowledge primary chatops-INC-2026-001-0", "acknowledge platform chatops-INC-2026-001-0-platform"], _h.Pager.Lines.Skip(2));
        Assert.All(incident.Pages, p => Assert.Equal(_h.Clock.GetUtcNow(), p.AcknowledgedAt));
    }

    [Fact]
    public async Task After_a_raise_pages_again_the_next_acknowledgement_acknowledges_only_the_new_pages()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "bob", "/incident page primary");
        await _h.RunInAsync(incident, "bob", "/incident ack");
        await _h.RunInAsync(incident, "bob", "/incident sev P0");

        await _h.RunInAsync(incident, "carol", "/incident ack");

        Assert.Equal(
            ["trigger primary chatops-INC-2026-001-manual-1", "acknowledge primary chatops-INC-2026-001-manual-1",
             "trigger primary chatops-INC-2026-001-0", "trigger platform chatops-INC-2026-001-0-platform",
             "acknowledge primary chatops-INC-2026-001-0", "acknowledge platform chatops-INC-2026-001-0-platform"],
            _h.Pager.Lines);
    }

    [Fact]
    public async Task Resolving_resolves_every_page_and_the_post_mortem_lists_them()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "bob", "/incident ack");

        await _h.RunInAsync(incident, "bob", "/incident resolve rolled back");

        Assert.Equal(["resolve primary chatops-INC-2026-001-0", "resolve platform chatops-INC-2026-001-0-platform"], _h.Pager.Lines.Skip(4));
        Assert.Equal(PageAction.Resolve, _h.Pager.Pages[^1].Action);
        var postMortem = _h.Archive.Content(incident.PostMortemFile!);
        Assert.Contains("## Pages", postMortem);
        Assert.Contains("| primary (PagerDuty) | declaration | chatops-INC-2026-001-0 | declared at P0 |", postMortem);
    }

    [Fact]
    public async Task An_incident_that_paged_nobody_has_no_pages_section()
    {
        var incident = await _h.DeclareAsync("P3");

        await _h.RunInAsync(incident, "bob", "/incident resolve fixed");

        Assert.Empty(_h.Pager.Pages);
        Assert.DoesNotContain("## Pages", _h.Archive.Content(incident.PostMortemFile!));
    }

    [Fact]
    public async Task A_page_by_hand_names_a_pager_with_a_reason_and_each_one_is_a_new_alert()
    {
        var incident = await _h.DeclareAsync("P0");

        var reply = await _h.RunInAsync(incident, "bob", "/incident page primary Need help");
        await _h.RunInAsync(incident, "bob", "/incident page PRIMARY");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("Paged primary for INC-2026-001.", reply.Text);
        Assert.Equal(["trigger primary chatops-INC-2026-001-manual-1", "trigger primary chatops-INC-2026-001-manual-2"], _h.Pager.Lines.Skip(2));
        Assert.Equal(("Need help", "bob"), (_h.Pager.Pages[2].Reason, _h.Pager.Pages[2].Actor));
        Assert.Equal("paged by bob", _h.Pager.Pages[3].Reason);
        Assert.Contains(incident.Timeline, t => t.Kind == "paged" && t.Text.Contains("primary (PagerDuty, by hand): Need help", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_by_hand_can_name_a_tier_of_the_incidents_severity()
    {
        var incident = await _h.DeclareAsync("P0");

        await _h.RunInAsync(incident, "bob", "/incident page tier 1 database team is silent");

        Assert.Equal("trigger backup chatops-INC-2026-001-manual-1", _h.Pager.Lines[^1]);
        Assert.Equal(0, incident.EscalationTier);
    }

    [Theory]
    [InlineData("/incident page", "Name a pager or a tier")]
    [InlineData("/incident page tier x", "Name the tier by its number")]
    [InlineData("/incident page nobody", "No pager 'nobody'; this runbook's pagers are primary, platform, backup")]
    [InlineData("/incident page tier 2", "P0 has tiers 1 to 1")]
    public async Task A_page_by_hand_that_names_nothing_pageable_is_refused_and_sends_nothing(string text, string error)
    {
        var incident = await _h.DeclareAsync("P0");
        var sent = _h.Pager.Pages.Count;

        var reply = await _h.RunInAsync(incident, "bob", text);

        Assert.True(reply.IsError);
        Assert.Contains(error, reply.Text);
        Assert.Equal(sent, _h.Pager.Pages.Count);
    }

    [Fact]
    public async Task Paging_a_tier_that_pages_nobody_says_to_name_a_pager()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.RunInAsync(incident, "bob", "/incident page tier 1");

        Assert.True(reply.IsError);
        Assert.Contains("Tier 1 of P1 (Major escalation) pages nobody", reply.Text);
        Assert.Empty(_h.Pager.Pages);
    }

    [Fact]
    public async Task A_resolved_incident_cannot_be_paged_for()
    {
        var incident = await _h.DeclareAsync("P3");
        await _h.RunInAsync(incident, "bob", "/incident resolve done");

        var reply = await _h.RunInAsync(incident, "bob", "/incident page primary");

        Assert.True(reply.IsError);
        Assert.Contains("Cannot page for INC-2026-001: it is resolved.", reply.Text);
        Assert.Empty(_h.Pager.Pages);
    }

    [Fact]
    public async Task Paging_by_hand_follows_the_escalate_access_rule()
    {
        var incident = await _h.DeclareAsync("P0");
        var sent = _h.Pager.Pages.Count;

        var reply = await _h.RunInAsync(incident, IncidentHarness.Outsider, "/incident page primary");

        Assert.True(reply.IsError);
        Assert.Equal(sent, _h.Pager.Pages.Count);
    }
}
