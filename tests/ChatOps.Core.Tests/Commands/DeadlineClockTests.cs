using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>A data-leak incident's 72-hour notification clock, from declaration to /incident notified (seed 000, scenario 3).</summary>
public class DeadlineClockTests
{
    private readonly IncidentHarness _h = new();

    private async Task<Incident> DeclareDataLeakAsync()
    {
        var incident = await _h.DeclareDataLeakAsync();
        incident.AddParticipant("bob");
        return incident;
    }

    private IReadOnlyList<string> PostsIn(Incident incident) => _h.Chat.PostsIn(incident.ChannelId).Select(p => p.Message.Text).ToList();

    private async Task<List<string>> AdvanceAndFireAsync(Incident incident, TimeSpan by)
    {
        var before = _h.Chat.PostsIn(incident.ChannelId).Count;
        _h.Clock.Advance(by);
        await _h.FireDueAsync();
        return PostsIn(incident).Skip(before).ToList();
    }

    [Fact]
    public async Task The_clock_starts_at_declaration_and_shows_on_the_card_with_the_time_left()
    {
        var incident = await DeclareDataLeakAsync();

        var card = _h.Chat.PostsIn(incident.ChannelId)[0].Message.Card!;
        Assert.Contains(new Fact("Kind", "data-leak (Suspected data leak)"), card.Facts);
        Assert.Contains(new Fact("Regulator and customer notification", "due 2026-03-17 09:00 UTC (in 72h)"), card.Facts);
        var started = _h.Chat.PostsIn(incident.ChannelId)[1].Message;
        Assert.StartsWith("Deadline clock started: Regulator and customer notification is due 2026-03-17 09:00 UTC (in 72h). Email all tenants within 72 h", started.Text);
        Assert.EndsWith("When it is done, record who was notified: /incident notified notification <who was notified>.", started.Text);
        Assert.Equal(["alice"], started.MentionList);
        Assert.Contains("security-lead", _h.Chat.InvitedTo(incident.ChannelId));
    }

    [Fact]
    public async Task It_reminds_at_24_48_and_66_hours_and_goes_overdue_at_72()
    {
        var incident = await DeclareDataLeakAsync();
        await _h.RunInAsync(incident, "alice", "/incident ack");
        await _h.RunInAsync(incident, "alice", "/incident role comms bob");

        Assert.DoesNotContain(await AdvanceAndFireAsync(incident, TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1)), p => p.Contains("Deadline for"));
        var at24 = await AdvanceAndFireAsync(incident, TimeSpan.FromMinutes(1));
        var at48 = await AdvanceAndFireAsync(incident, TimeSpan.FromHours(24));
        var at66 = await AdvanceAndFireAsync(incident, TimeSpan.FromHours(18));
        var at72 = await AdvanceAndFireAsync(incident, TimeSpan.FromHours(6));
        var after = await AdvanceAndFireAsync(incident, TimeSpan.FromDays(2));

        Assert.Contains("Deadline for INC-2026-001: Regulator and customer notification is due 2026-03-17 09:00 UTC (in 48h).", Assert.Single(at24, p => p.StartsWith("Deadline for", StringComparison.Ordinal)));
        Assert.Contains("(in 24h)", Assert.Single(at48, p => p.StartsWith("Deadline for", StringComparison.Ordinal)));
        Assert.Contains("(in 6h)", Assert.Single(at66, p => p.StartsWith("Deadline for", StringComparison.Ordinal)));
        var overdue = Assert.Single(at72, p => p.StartsWith("OVERDUE", StringComparison.Ordinal));
        Assert.Equal("OVERDUE: Regulator and customer notification for INC-2026-001 was due 2026-03-17 09:00 UTC and nobody has recorded it done. "
                     + "Email all tenants within 72 h per GDPR / DPA Section 7; rotate every tenant's API keys. Notify now, then record it: /incident notified notification <who was notified>.", overdue);
        Assert.DoesNotContain(after, p => p.Contains("notification", StringComparison.OrdinalIgnoreCase));
        var reminder = _h.Chat.PostsIn(incident.ChannelId).Last(p => p.Message.Text.StartsWith("OVERDUE", StringComparison.Ordinal));
        Assert.Equal(["alice", "bob"], reminder.Message.MentionList);
        Assert.StartsWith("OVERDUE: was due 2026-03-17 09:00 UTC (48h ago)", _h.Chat.Updates[^1].Message.Card!.Facts.Single(f => f.Label == "Regulator and customer notification").Value);
    }

    [Fact]
    public async Task A_long_outage_sends_one_reminder_for_the_missed_ones_and_only_the_overdue_notice_after_the_deadline()
    {
        var incident = await DeclareDataLeakAsync();

        var at50 = await AdvanceAndFireAsync(incident, TimeSpan.FromHours(50));
        var at80 = await AdvanceAndFireAsync(incident, TimeSpan.FromHours(30));

        Assert.Contains("(in 22h)", Assert.Single(at50, p => p.StartsWith("Deadline for", StringComparison.Ordinal)));
        Assert.DoesNotContain(at80, p => p.StartsWith("Deadline for", StringComparison.Ordinal));
        Assert.Single(at80, p => p.StartsWith("OVERDUE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Notified_stops_the_clock_records_who_was_notified_and_shows_it_on_the_card_and_timeline()
    {
        var incident = await DeclareDataLeakAsync();
        _h.Clock.Advance(TimeSpan.FromHours(30));

        var reply = await _h.RunInAsync(incident, "bob", "/incident notified notification Emailed all tenants; DPA notified via portal, ref 4711");

        Assert.Equal("Recorded Regulator and customer notification as done (42h before the deadline); the clock is stopped.", reply.Text);
        Assert.Equal("bob recorded Regulator and customer notification for INC-2026-001 as done: Emailed all tenants; DPA notified via portal, ref 4711 (42h before the deadline). The clock is stopped.", PostsIn(incident)[^1]);
        Assert.Equal(new Fact("Regulator and customer notification", "done 2026-03-15 15:00 UTC by bob: Emailed all tenants; DPA notified via portal, ref 4711 (42h before the deadline)"),
            _h.Chat.Updates[^1].Message.Card!.Facts.Single(f => f.Label == "Regulator and customer notification"));
        Assert.Equal(("bob", "notified"), (incident.Timeline[^1].Actor, incident.Timeline[^1].Kind));
        Assert.DoesNotContain(await AdvanceAndFireAsync(incident, TimeSpan.FromDays(3)), p => p.Contains("notification", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_clock_may_be_left_out_when_only_one_runs_and_a_second_record_is_refused()
    {
        var incident = await DeclareDataLeakAsync();

        var first = await _h.RunInAsync(incident, "alice", "/incident notified Emailed all tenants");
        var second = await _h.RunInAsync(incident, "alice", "/incident notified notification again");

        Assert.False(first.IsError, first.Text);
        Assert.Equal("Emailed all tenants", incident.Deadlines[0].Notified);
        Assert.Equal("Regulator and customer notification was already recorded by alice at 2026-03-14 09:00 UTC: Emailed all tenants", second.Text);
    }

    [Fact]
    public async Task Notified_without_saying_who_or_on_an_incident_without_clocks_is_explained()
    {
        var leak = await DeclareDataLeakAsync();
        var plain = await _h.DeclareAsync("P2", "Slow dashboards");

        Assert.Equal("Say who was notified: /incident notified notification <who was notified, how>.", (await _h.RunInAsync(leak, "alice", "/incident notified notification")).Text);
        Assert.Equal("INC-2026-002 has no deadline clocks; only incidents of a kind with deadlines have them.", (await _h.RunInAsync(plain, "alice", "/incident notified Emailed")).Text);
        Assert.True(leak.Deadlines[0].IsRunning);
    }

    [Fact]
    public async Task Closing_waits_for_the_clock_but_resolving_does_not_and_the_clock_runs_on_after_resolve()
    {
        var incident = await DeclareDataLeakAsync();
        await _h.RunInAsync(incident, "alice", "/incident resolve RLS policy restored");

        var refused = await _h.RunInAsync(incident, "alice", "/incident close");
        var reminders = await AdvanceAndFireAsync(incident, TimeSpan.FromHours(24));
        await _h.RunInAsync(incident, "alice", "/incident notified notification Emailed all tenants");
        var closed = await _h.RunInAsync(incident, "alice", "/incident close");

        Assert.Equal("Cannot close INC-2026-001: the Regulator and customer notification clock is still running (due 2026-03-17 09:00 UTC). "
                     + "Record who was notified with /incident notified notification <who was notified>, then close.", refused.Text);
        Assert.Single(reminders, p => p.StartsWith("Deadline for", StringComparison.Ordinal));
        Assert.False(closed.IsError, closed.Text);
    }

    [Fact]
    public async Task The_post_mortem_records_the_clocks_and_who_was_notified()
    {
        var incident = await DeclareDataLeakAsync();
        _h.Clock.Advance(TimeSpan.FromHours(5));
        await _h.RunInAsync(incident, "bob", "/incident notified Emailed all tenants");
        await _h.RunInAsync(incident, "alice", "/incident resolve RLS policy restored");

        var markdown = Assert.Single(_h.Archive.Files).Content;
        Assert.Contains("| Kind | data-leak (Suspected data leak) |", markdown);
        Assert.Contains("## Deadlines", markdown);
        Assert.Contains("| Regulator and customer notification | 2026-03-17 09:00:00 | 2026-03-14 14:00:00 (67h before the deadline) | bob | Emailed all tenants |", markdown);
        Assert.Contains("| 2026-03-14 14:00:00 | bob | notified: Regulator and customer notification: Emailed all tenants (67h before the deadline) |", markdown);
    }

    [Fact]
    public async Task An_unknown_kind_is_refused_with_a_guess_and_nothing_is_created()
    {
        var reply = await _h.RunAsync("alice", "general", "/incident declare P1 --kind data-leek Tenant rows visible");

        Assert.Equal("Unknown kind 'data-leek'; did you mean 'data-leak'?. This runbook's kinds are data-leak, security.", reply.Text);
        Assert.Empty(_h.Chat.Channels);
    }

    [Fact]
    public async Task Declare_with_only_a_kind_opens_the_form_with_the_kind_chosen_and_the_form_declares_it()
    {
        var reply = await _h.RunAsync("alice", "general", "/incident declare --kind data-leak");
        var field = reply.Form!.Fields.Single(f => f.Id == IncidentForms.Kind);
        var bad = await _h.Service.SubmitAsync(new CommandContext("alice", "general"), Declare.FormId,
            new Dictionary<string, string> { [IncidentForms.Title] = "Rows visible", [IncidentForms.Severity] = "P1", [IncidentForms.Kind] = "leak" });
        var good = await _h.Service.SubmitAsync(new CommandContext("alice", "general"), Declare.FormId,
            new Dictionary<string, string> { [IncidentForms.Title] = "Rows visible", [IncidentForms.Severity] = "P1", [IncidentForms.Kind] = "data-leak" });

        Assert.Equal(("data-leak", false), (field.Initial, field.Required));
        Assert.Contains(field.Choices!, c => c.Value == "data-leak" && c.Label == "data-leak - Suspected data leak (private, 3d notification clock)");
        Assert.Equal("Choose a kind (data-leak, security) or leave it empty.", bad.FieldErrors[IncidentForms.Kind]);
        Assert.False(good.Reply!.IsError, good.Reply.Text);
        var incident = Assert.Single(_h.Store.Incidents);
        Assert.Equal(("data-leak", true), (incident.Kind, incident.Private));
        Assert.Single(incident.Deadlines);
    }
}
