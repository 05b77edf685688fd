using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

public class DeclaringAnIncidentTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task Declaring_opens_a_numbered_incident_with_the_declarer_as_commander()
    {
        var reply = await _h.RunAsync("alice", "general", "/incident declare P0 Checkout is DOWN");

        Assert.False(reply.IsError, reply.Text);
        var incident = Assert.Single(_h.Store.Incidents);
        Assert.Equal("INC-2026-001", incident.Number);
        Assert.Equal("alice", incident.Commander);
        Assert.Equal("alice", incident.DeclaredBy);
        Assert.Equal("P0", incident.SeverityKey);
        Assert.Equal("Checkout is DOWN", incident.Title);
        Assert.Equal(IncidentHarness.Start, incident.DeclaredAt);
        Assert.Equal("C1", reply.Channel);
        Assert.Contains("INC-2026-001", reply.Text);
    }

    [Fact]
    public async Task The_sequence_counts_up_within_the_year()
    {
        await _h.DeclareAsync(title: "First");
        var second = await _h.DeclareAsync(title: "Second");

        Assert.Equal("INC-2026-002", second.Number);
        Assert.Equal("inc-2026-002-second", second.ChannelName);
    }

    [Fact]
    public async Task The_channel_is_named_by_the_runbook_pattern_in_lowercase_slug_form()
    {
        await _h.RunAsync("alice", "general", "incident declare p1 Payments API: 500s on /charge!");

        var channel = Assert.Single(_h.Chat.Channels);
        Assert.Equal("inc-2026-001-payments-api-500s-on-charge", channel.Name);
        Assert.False(channel.IsPrivate);
        Assert.Equal("INC-2026-001 P1: Payments API: 500s on /charge!", channel.Topic);
        Assert.Equal("P1", _h.Store.Incidents.Single().SeverityKey);
    }

    [Fact]
    public async Task The_declarer_and_the_severitys_invite_list_are_invited_and_mentioned_on_the_card()
    {
        await _h.RunAsync("alice", "general", "/incident declare P0 Checkout is down");
        var incident = _h.Store.Incidents.Single();

        Assert.Equal(["alice", "oncall-engineer", "engineering-lead"], _h.Chat.InvitedTo("C1"));
        Assert.Equal(["alice", "oncall-engineer", "engineering-lead"], incident.Participants);
        var card = _h.Chat.PostsIn("C1")[0];
        Assert.Equal(["alice", "oncall-engineer", "engineering-lead"], card.Message.MentionList);
    }

    [Fact]
    public async Task The_incident_card_is_posted_and_pinned_in_the_channel()
    {
        var incident = await _h.DeclareAsync("P0", "Checkout is down");

        var post = _h.Chat.PostsIn("C1")[0];
        Assert.NotNull(post.Message.Card);
        Assert.Equal("INC-2026-001: Checkout is down", post.Message.Card.Title);
        Assert.Contains(post.Message.Card.Buttons, b => b.ActionId == Acknowledge.ActionId && b.Value == "INC-2026-001");
        Assert.Equal(new RecordingChatPlatform.Pin("C1", post.MessageId), Assert.Single(_h.Chat.Pins));
        Assert.Equal(post.MessageId, incident.CardMessageId);
    }

    [Fact]
    public async Task The_declaration_is_announced_in_the_runbooks_announce_channel()
    {
        await _h.DeclareAsync("P0", "Checkout is down", "alice");

        var announcement = Assert.Single(_h.Chat.PostsIn("incidents"));
        Assert.Equal("alice declared INC-2026-001 (P0 Critical): Checkout is down. Join #inc-2026-001-checkout-is-down.", announcement.Message.Text);
    }

    [Fact]
    public async Task A_private_incident_gets_a_private_channel_and_is_not_announced()
    {
        var outcome = await _h.Service.SubmitAsync(new CommandContext("alice", "general"), Declare.FormId,
            new Dictionary<string, string> { ["title"] = "Leaked credentials", ["severity"] = "P1", ["private"] = "true" });

        Assert.True(outcome.IsValid);
        Assert.True(Assert.Single(_h.Chat.Channels).IsPrivate);
        Assert.True(_h.Store.Incidents.Single().Private);
        Assert.Empty(_h.Chat.PostsIn("incidents"));
    }

    [Fact]
    public async Task An_unknown_severity_is_refused_naming_the_valid_keys_and_no_channel_is_created()
    {
        var reply = await _h.RunAsync("alice", "general", "/incident declare P9 Checkout is down");

        Assert.True(reply.IsError);
        Assert.Contains("P9", reply.Text);
        Assert.Contains("P0, P1, P2, P3", reply.Text);
        Assert.Empty(_h.Chat.Channels);
        Assert.Empty(_h.Chat.Posts);
        Assert.Empty(_h.Store.Incidents);
    }

    [Fact]
    public async Task Declare_alone_opens_the_declare_form()
    {
        var reply = await _h.RunAsync("alice", "general", "/incident declare");

        Assert.False(reply.IsError);
        Assert.NotNull(reply.Form);
        Assert.Equal(Declare.FormId, reply.Form.Id);
        var severity = reply.Form.Fields.Single(f => f.Id == IncidentForms.Severity);
        Assert.Equal(["P0", "P1", "P2", "P3"], severity.Choices!.Select(c => c.Value));
        Assert.Empty(_h.Chat.Channels);
    }

    [Fact]
    public async Task Control_characters_in_the_title_are_cleaned()
    {
        var reply = await _h.Service.ExecuteAsync(new CommandContext("alice", "general"),
            new DeclareCommand("P1", "Checkout\u0007 is\tdown\r\n\u001b[31mnow"));

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("Checkout is down [31mnow", _h.Store.Incidents.Single().Title);
    }

    [Fact]
    public async Task A_title_of_150_characters_is_accepted()
    {
        var reply = await _h.RunAsync("alice", "general", "/incident declare P2 " + new string('a', 150));

        Assert.False(reply.IsError, reply.Text);
    }

    [Fact]
    public async Task A_title_over_150_characters_is_refused_and_nothing_is_created()
    {
        var reply = await _h.RunAsync("alice", "general", "/incident declare P2 " + new string('a', 151));

        Assert.True(reply.IsError);
        Assert.Contains("151", reply.Text);
        Assert.Contains("150", reply.Text);
        Assert.Empty(_h.Chat.Channels);
        Assert.Empty(_h.Store.Incidents);
    }

    [Fact]
    public async Task A_title_of_only_control_characters_is_refused()
    {
        var reply = await _h.Service.ExecuteAsync(new CommandContext("alice", "general"), new DeclareCommand("P1", "\u0001\u0002 \t"));

        Assert.True(reply.IsError);
        Assert.Empty(_h.Chat.Channels);
    }
}
