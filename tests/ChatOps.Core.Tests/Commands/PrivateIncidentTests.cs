using ChatOps.Core.Incidents;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>A private kind keeps its incident to its participants and admins: no announcement, no listing, no status for outsiders.</summary>
public class PrivateIncidentTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task A_private_kind_gets_a_private_channel_and_is_never_announced()
    {
        var declared = await _h.RunAsync("alice", "general", "/incident declare P1 --kind data-leak Tenant B rows visible to tenant A");
        var incident = _h.Store.Incidents.Single();
        await _h.RunInAsync(incident, "alice", "/incident resolve RLS policy restored");

        Assert.Equal("Declared INC-2026-001 (P1) in #inc-2026-001-tenant-b-rows-visible-to. It is private: not announced, and shown only to its participants and admins.", declared.Text);
        Assert.True(incident.Private);
        Assert.True(Assert.Single(_h.Chat.Channels).IsPrivate);
        Assert.All(_h.Chat.Posts, p => Assert.Equal(incident.ChannelId, p.ChannelId));
        Assert.All(_h.Chat.Uploads, u => Assert.Equal(incident.ChannelId, u.ChannelId));
        Assert.Contains("**Private incident.**", Assert.Single(_h.Archive.Files).Content);
    }

    [Fact]
    public async Task Reminders_and_escalations_stay_inside_the_incident_channel()
    {
        var incident = await _h.DeclareDataLeakAsync();

        _h.Clock.Advance(TimeSpan.FromDays(4));
        await _h.FireDueAsync();

        Assert.Contains(_h.Chat.Posts, p => p.Message.Text.StartsWith("OVERDUE", StringComparison.Ordinal));
        Assert.Contains(_h.Chat.Posts, p => p.Message.Text.StartsWith("Escalated", StringComparison.Ordinal));
        Assert.All(_h.Chat.Posts, p => Assert.Equal(incident.ChannelId, p.ChannelId));
    }

    [Fact]
    public async Task List_shows_a_private_incident_only_to_its_participants_and_admins()
    {
        await _h.DeclareDataLeakAsync();
        await _h.DeclareAsync("P3", "Typo on status page");

        var outsider = await _h.RunAsync("mallory", "general", "/incident list");
        var participant = await _h.RunAsync("alice", "general", "/incident list");
        var admin = await _h.RunAsync("head-of-engineering", "general", "/incident list");

        Assert.StartsWith("Open incidents (1):", outsider.Text);
        Assert.DoesNotContain("INC-2026-001", outsider.Text);
        Assert.DoesNotContain("Tenant", outsider.Text);
        Assert.Contains("Tenant B rows visible to tenant A (commander alice) [private]", participant.Text);
        Assert.Contains("INC-2026-001", admin.Text);
    }

    [Fact]
    public async Task Status_and_every_command_in_a_private_incident_are_refused_to_outsiders()
    {
        var incident = await _h.DeclareDataLeakAsync();
        var timeline = incident.Timeline.Count;

        var status = await _h.RunInAsync(incident, "mallory", "/incident status");
        var note = await _h.RunInAsync(incident, "mallory", "/incident note hello");
        var admin = await _h.RunInAsync(incident, "head-of-engineering", "/incident status");

        const string Refusal = "INC-2026-001 is private: only its participants and admins can see it or act on it. Ask its commander, @alice, to bring you in.";
        Assert.Equal((true, Refusal), (status.IsError, status.Text));
        Assert.Null(status.Card);
        Assert.Equal(Refusal, note.Text);
        Assert.Equal(timeline, incident.Timeline.Count);
        Assert.False(admin.IsError, admin.Text);
        Assert.NotNull(admin.Card);
    }

    [Fact]
    public async Task A_private_incident_refuses_outsiders_buttons_too()
    {
        var incident = await _h.DeclareDataLeakAsync();

        var reply = await _h.Service.PressAsync(new Core.Commands.CommandContext("mallory", "general"), Core.Commands.Acknowledge.ActionId, incident.Number);

        Assert.StartsWith("INC-2026-001 is private", reply.Text);
        Assert.Null(incident.AcknowledgedAt);
    }
}
