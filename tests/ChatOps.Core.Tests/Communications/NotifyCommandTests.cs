using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Communications;

/// <summary>/incident notify: an audience's channels get its chat message, each address an email, and the incident remembers it all.</summary>
public class NotifyCommandTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task Notifying_an_audience_posts_in_its_channels_queues_an_email_per_address_and_records_it()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "alice", "/incident services Webhooks");
        await _h.RunInAsync(incident, "alice", "/incident impact Some webhook events may be delayed by up to 15 minutes");
        _h.Clock.Advance(TimeSpan.FromMinutes(3));

        var reply = await _h.RunInAsync(incident, "alice", "/incident notify all-users We are investigating delays in webhook processing.");

        Assert.False(reply.IsError, reply.Text);
        var post = Assert.Single(_h.Chat.PostsIn("status-updates"));
        Assert.Equal("Service update (Webhooks): We are investigating delays in webhook processing. Impact: Some webhook events may be delayed by up to 15 minutes. Started: 2026-03-14 09:00 UTC.", post.Message.Text);
        var mail = Assert.Single(_h.Mailer.Sent);
        Assert.Equal(("customers@example.com", "Service update: Webhooks", incident.Number, incident.ChannelId, "all-users"),
            (mail.To, mail.Subject, mail.IncidentNumber, mail.ChannelId, mail.Audience));
        Assert.StartsWith("Dear Customer,\n\nWe are investigating delays in webhook processing.\n\nImpact: Some webhook events", mail.Body);
        Assert.Equal([("#status-updates", CommunicationState.Posted), ("customers@example.com", CommunicationState.Queued)],
            incident.Communications.Select(c => (c.Via == CommunicationVia.Chat ? "#" + c.Target : c.Target, c.State)));
        Assert.All(incident.Communications, c => Assert.Equal(("alice", "all-users", IncidentHarness.Start.AddMinutes(3)), (c.Actor, c.Audience, c.At)));
        Assert.Equal(mail.Id, incident.Communications[1].Id);
        Assert.Equal((Incident.CommunicationKind, "Notified all-users: #status-updates (posted), email to customers@example.com (queued)"),
            (incident.Timeline[^1].Kind, incident.Timeline[^1].Text));
        Assert.Equal("alice notified all-users (All users): posted in #status-updates; email queued to 1 address(es).", _h.Chat.PostsIn(incident.ChannelId)[^1].Message.Text);
        Assert.True(incident.WasTold("ALL-USERS"));
    }

    [Fact]
    public async Task Without_a_message_the_email_says_what_is_affected_and_never_the_internal_title()
    {
        var incident = await _h.DeclareAsync("P1", "Bob's bad deploy broke checkout");
        await _h.RunInAsync(incident, "alice", "/incident services Checkout");

        await _h.RunInAsync(incident, "alice", "/incident notify affected-users");

        var mail = Assert.Single(_h.Mailer.Sent);
        Assert.Contains("We are currently investigating an issue affecting Checkout.", mail.Body);
        Assert.DoesNotContain("deploy", mail.Body + mail.Subject);
    }

    [Fact]
    public async Task Hostile_text_cannot_add_an_email_header_and_stays_one_subject_line()
    {
        var runbook = TestRunbooks.Default with
        {
            Communications = TestRunbooks.Default.Communications with
            {
                Templates = new Dictionary<string, ChatOps.Core.Runbooks.CommsTemplate>(TestRunbooks.Default.Communications.Templates)
                {
                    ["customer-email"] = new("customer-email", "{message}", "Update: {services}", "{message}"),
                },
            },
        };
        var h = new IncidentHarness(runbook);
        var incident = await h.DeclareAsync("P1");
        await h.Service.ExecuteAsync(new CommandContext("alice", incident.ChannelId), new SetAffectedServicesCommand("API\r\nBcc: everyone@example.com\u0000"));

        await h.RunInAsync(incident, "alice", "/incident notify affected-users hello");

        var mail = Assert.Single(h.Mailer.Sent);
        Assert.Equal("Update: API Bcc: everyone@example.com", mail.Subject);
        Assert.DoesNotContain('\n', mail.Subject);
    }

    [Fact]
    public async Task An_unknown_audience_is_refused_with_a_suggestion_and_sends_nothing()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.RunInAsync(incident, "alice", "/incident notify brokerz hello");

        Assert.True(reply.IsError);
        Assert.Equal("No audience 'brokerz'; did you mean 'brokers'? This runbook's audiences are all-users, brokers, operators, affected-users, internal.", reply.Text);
        Assert.Empty(_h.Mailer.Sent);
        Assert.Empty(incident.Communications);
    }

    [Fact]
    public async Task Where_email_is_not_set_up_the_chat_goes_out_and_the_email_is_recorded_as_not_sent()
    {
        _h.Mailer.Unavailable = "email is not configured (set Email__Smtp__Host and Email__Smtp__From)";
        var incident = await _h.DeclareAsync("P0");

        var reply = await _h.RunInAsync(incident, "alice", "/incident notify all-users Investigating");

        Assert.Contains("email NOT sent to 1 address(es): email is not configured", reply.Text);
        Assert.Single(_h.Chat.PostsIn("status-updates"));
        Assert.Empty(_h.Mailer.Sent);
        var email = incident.Communications.Single(c => c.Via == CommunicationVia.Email);
        Assert.Equal((CommunicationState.NotSent, "email is not configured (set Email__Smtp__Host and Email__Smtp__From)"), (email.State, email.Detail));
        // The chat message told them.
        Assert.True(incident.WasTold("all-users"));

        var emailOnly = await _h.RunInAsync(incident, "alice", "/incident notify brokers Investigating");
        Assert.True(emailOnly.IsError);
        Assert.StartsWith("brokers was NOT told about INC-2026-001: email NOT sent to 1 address(es): email is not configured", emailOnly.Text);
        Assert.False(incident.WasTold("brokers"));
    }

    [Fact]
    public async Task With_no_audience_the_form_opens_with_the_severitys_audiences_first_and_its_submission_notifies()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.RunInAsync(incident, "alice", "/incident notify");

        var form = reply.Form!;
        Assert.Equal((Notify.FormId, incident.Number), (form.Id, form.Context));
        var audience = form.Fields.Single(f => f.Id == Notify.AudienceField);
        Assert.Equal(["affected-users", "internal", "all-users", "brokers", "operators"], audience.Choices!.Select(c => c.Value));
        Assert.Equal("affected-users", audience.Initial);
        Assert.Empty(incident.Communications);

        var bad = await _h.Service.SubmitAsync(new CommandContext("alice", incident.ChannelId), Notify.FormId, new Dictionary<string, string> { [Notify.AudienceField] = "nobody" }, incident.Number);
        Assert.Contains("Choose one of", bad.FieldErrors[Notify.AudienceField]);

        var done = await _h.Service.SubmitAsync(new CommandContext("alice", incident.ChannelId), Notify.FormId,
            new Dictionary<string, string> { [Notify.AudienceField] = "internal", [Notify.MessageField] = "Rolling back" }, incident.Number);
        Assert.True(done.IsValid);
        Assert.Contains("Rolling back", _h.Chat.PostsIn("engineering").Single().Message.Text);
    }

    [Fact]
    public async Task Someone_outside_the_incident_may_not_notify()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.RunInAsync(incident, IncidentHarness.Outsider, "/incident notify internal hi");

        Assert.True(reply.IsError);
        Assert.Empty(incident.Communications);
    }

    [Fact]
    public async Task A_closed_incident_tells_nobody_but_a_resolved_one_may_still_tell_customers_it_is_over()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back");

        Assert.False((await _h.RunInAsync(incident, "alice", "/incident notify affected-users It is fixed")).IsError);

        await _h.RunInAsync(incident, "alice", "/incident close");
        var closed = await _h.RunInAsync(incident, "alice", "/incident notify affected-users again");
        Assert.True(closed.IsError);
        Assert.Contains("closed", closed.Text);
        Assert.Single(_h.Mailer.Sent);
    }

    [Fact]
    public async Task The_email_outcome_is_recorded_once_and_a_failure_is_told_to_the_commander()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "alice", "/incident notify brokers x");
        await _h.RunInAsync(incident, "alice", "/incident notify operators y");
        var (brokers, operators) = (_h.Mailer.Sent[0].Id, _h.Mailer.Sent[1].Id);
        var bot = new CommandContext(IncidentEngine.BotName, "");
        _h.Clock.Advance(TimeSpan.FromSeconds(5));

        await _h.Service.ExecuteAsync(bot, new RecordEmailOutcomeCommand(incident.Number, brokers, true, null));
        var again = await _h.Service.ExecuteAsync(bot, new RecordEmailOutcomeCommand(incident.Number, brokers, true, null));
        await _h.Service.ExecuteAsync(bot, new RecordEmailOutcomeCommand(incident.Number, operators, false, "the mail server answered 550 to the recipient: no such user"));

        Assert.Contains("nothing new", again.Text);
        Assert.Equal((CommunicationState.Sent, IncidentHarness.Start.AddSeconds(5)), (incident.Communications.Single(c => c.Id == brokers).State, incident.Communications.Single(c => c.Id == brokers).SettledAt));
        Assert.Equal(CommunicationState.Failed, incident.Communications.Single(c => c.Id == operators).State);
        Assert.Single(incident.Timeline, t => t.Text.Contains("sent [" + brokers + "]"));
        Assert.Contains($"FAILED: the mail server answered 550 to the recipient: no such user [{operators}]", incident.Timeline[^1].Text);
        var notice = _h.Chat.PostsIn(incident.ChannelId)[^1].Message;
        Assert.Equal(["alice"], notice.MentionList);
        Assert.StartsWith("Email to operators (operators@example.com) FAILED and will not be retried", notice.Text);
        Assert.False(incident.WasTold("operators"));
    }

    [Fact]
    public async Task The_post_mortem_has_a_communication_timeline()
    {
        var incident = await _h.DeclareAsync("P1");
        _h.Clock.Advance(TimeSpan.FromMinutes(15));
        await _h.FireDueAsync();
        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        await _h.RunInAsync(incident, "alice", "/incident notify affected-users x");
        await _h.Service.ExecuteAsync(new CommandContext(IncidentEngine.BotName, ""), new RecordEmailOutcomeCommand(incident.Number, _h.Mailer.Sent[0].Id, true, null));

        var text = PostMortemRenderer.Render(incident, _h.Runbook, _h.Clock.GetUtcNow());

        var section = text[text.IndexOf(CommunicationSection.Heading, StringComparison.Ordinal)..];
        Assert.Contains("| 2026-03-14 09:15:00 | - | reminder to the commander | INC-2026-001 is P1 (High): the runbook says to tell affected-users (Affected user groups), internal (Internal team).", section);
        Assert.Contains("| 2026-03-14 09:20:00 | affected-users | email affected-users@example.com | sent 2026-03-14 09:20:00 | alice |", section);
        Assert.True(section.IndexOf("reminder to the commander", StringComparison.Ordinal) < section.IndexOf("| affected-users |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_email_settled_after_resolve_shows_in_the_written_post_mortem()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident notify affected-users It is fixed");
        await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back");
        Assert.Contains("| queued |", _h.Archive.Content(incident.PostMortemFile!));

        await _h.Service.ExecuteAsync(new CommandContext(IncidentEngine.BotName, ""), new RecordEmailOutcomeCommand(incident.Number, _h.Mailer.Sent[0].Id, false, "550 no such user"));

        Assert.Contains("| failed: 550 no such user |", _h.Archive.Content(incident.PostMortemFile!));
    }

    [Fact]
    public async Task Without_audiences_in_the_runbook_the_post_mortem_has_no_communication_timeline()
    {
        var h = new IncidentHarness(TestRunbooks.Default with { Audiences = [], Communications = ChatOps.Core.Runbooks.CommunicationPolicy.None });
        var incident = await h.DeclareAsync("P1");

        Assert.DoesNotContain(CommunicationSection.Heading, PostMortemRenderer.Render(incident, h.Runbook, h.Clock.GetUtcNow()));
        Assert.Contains("This runbook defines no audiences", (await h.RunInAsync(incident, "alice", "/incident notify")).Text);
    }
}
