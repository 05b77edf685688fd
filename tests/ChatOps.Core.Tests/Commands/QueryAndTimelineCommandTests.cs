using ChatOps.Core.Commands;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

public class QueryAndTimelineCommandTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task List_shows_only_open_incidents_in_number_order()
    {
        var first = await _h.DeclareAsync("P0", "First");
        await _h.DeclareAsync("P2", "Second");
        await _h.RunInAsync(first, "alice", "/incident resolve");

        var reply = await _h.RunAsync("bob", "general", "/incident list");

        Assert.StartsWith("Open incidents (1):\nINC-2026-002  P2", reply.Text);
        Assert.DoesNotContain("INC-2026-001", reply.Text);
    }

    [Fact]
    public async Task List_with_nothing_open_says_so()
    {
        Assert.Equal("No open incidents.", (await _h.RunAsync("bob", "general", "/incident list")).Text);
    }

    [Fact]
    public async Task Status_in_an_incident_channel_shows_its_card_and_latest_timeline()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "bob", "/incident note looking at logs");

        var reply = await _h.RunInAsync(incident, "bob", "/incident status");

        Assert.Equal("INC-2026-001: Checkout is down", reply.Card?.Title);
        Assert.EndsWith("2026-03-14 09:00 UTC  bob: looking at logs", reply.Text);
    }

    [Fact]
    public async Task Help_lists_the_grammar()
    {
        var reply = await _h.RunAsync("bob", "general", "/incident help");

        Assert.False(reply.IsError);
        Assert.Contains(CommandParser.Usage, reply.Text);
    }

    [Fact]
    public async Task A_parse_error_is_returned_as_an_error_reply()
    {
        var reply = await _h.RunAsync("bob", "general", "/incident frobnicate");

        Assert.True(reply.IsError);
        Assert.StartsWith("Unknown command 'frobnicate'", reply.Text);
    }

    [Fact]
    public async Task A_pinned_message_goes_on_the_timeline_until_the_incident_is_closed()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.Service.AddToTimelineAsync(new CommandContext("carol", incident.ChannelId), "Graph: errors spike at 08:55");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(("carol", "pinned", "Graph: errors spike at 08:55"), (incident.Timeline[^1].Actor, incident.Timeline[^1].Kind, incident.Timeline[^1].Text));
        await _h.RunInAsync(incident, "alice", "/incident resolve");
        await _h.RunInAsync(incident, "alice", "/incident close");
        Assert.True((await _h.Service.AddToTimelineAsync(new CommandContext("carol", incident.ChannelId), "late")).IsError);
        Assert.True((await _h.Service.AddToTimelineAsync(new CommandContext("carol", "general"), "elsewhere")).IsError);
    }

    [Fact]
    public async Task Numbering_restarts_in_a_new_utc_year()
    {
        _h.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 23, 59, 0, TimeSpan.Zero));
        await _h.DeclareAsync("P2", "Old year");
        _h.Clock.Advance(TimeSpan.FromMinutes(2));

        var incident = await _h.DeclareAsync("P2", "New year");

        Assert.Equal("INC-2027-001", incident.Number);
        Assert.Equal("inc-2027-001-new-year", incident.ChannelName);
    }

    [Fact]
    public async Task A_private_incident_is_not_announced_when_resolved_either()
    {
        var outcome = await _h.Service.SubmitAsync(new CommandContext("alice", "general"), Declare.FormId,
            new Dictionary<string, string> { ["title"] = "Leaked key", ["severity"] = "P1", ["private"] = "yes" });

        await _h.RunAsync("alice", outcome.Reply!.Channel!, "/incident resolve Rotated");

        Assert.Empty(_h.Chat.PostsIn("incidents"));
        Assert.Single(_h.Archive.Files);
    }

    [Fact]
    public async Task Triage_answered_unknown_suggests_escalating_with_a_button()
    {
        var incident = await _h.DeclareAsync("P1");
        foreach (var answer in new[] { "api-health|failing", "webhooks|ok", "database|ok", "external-dependencies|ok" })
            await _h.Service.PressAsync(new CommandContext("bob", incident.ChannelId), AnswerTriage.ActionId, $"INC-2026-001|{answer}");

        var reply = await _h.Service.PressAsync(new CommandContext("bob", incident.ChannelId), AnswerTriage.ActionId, "INC-2026-001|decision|unknown");

        Assert.EndsWith("Triage complete.", reply.Text);
        var suggestion = _h.Chat.PostsIn(incident.ChannelId).Single(p => p.Message.Card?.Title == "Triage suggests escalating INC-2026-001");
        Assert.Equal(["Escalate to senior team member"], suggestion.Message.Card!.Sections);
        Assert.Equal(Escalate.ActionId, Assert.Single(suggestion.Message.Card.Buttons).ActionId);
        Assert.Null(incident.PendingTriageQuestion);
        Assert.Contains("runs again (round 2)", (await _h.RunInAsync(incident, "bob", "/incident triage")).Text);
    }
}
