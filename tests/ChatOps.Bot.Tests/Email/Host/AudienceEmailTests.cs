using ChatOps.Core.Incidents;
using MimeKit;

namespace ChatOps.Bot.Tests.Email.Host;

/// <summary>/incident notify on Slack: the audience's channel gets its message, each address its email over real SMTP; reminders on the fake clock.</summary>
public sealed class AudienceEmailTests : EmailSlackTest
{
    [Fact]
    public async Task An_audience_gets_its_chat_message_and_its_email_and_the_send_is_on_the_timeline()
    {
        var channel = await DeclareAsync("declare P0 Webhook queue stuck");
        await Driver.SlashAsync(Alice, channel.Id, "services Webhooks");
        await Host.InboxIdleAsync();

        await Driver.SlashAsync(Alice, channel.Id, "notify all-users Some webhook events may be delayed by up to 15 minutes.");
        await Host.InboxIdleAsync();

        Assert.Contains("Service update (Webhooks): Some webhook events may be delayed by up to 15 minutes.", Assert.Single(Texts("status-updates")));
        var mail = await Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == "customers@example.com"), Wait);
        Assert.Equal(("incidents@example.com", "ChatOps"), (mail.From.Mailboxes.Single().Address, mail.From.Mailboxes.Single().Name));
        Assert.Equal("Service update: Webhooks", mail.Subject);
        Assert.Equal("INC-2026-001-c2@example.com", mail.MessageId);
        Assert.Equal("INC-2026-001", mail.Headers["X-ChatOps-Incident"]);
        var body = Assert.IsType<TextPart>(mail.Body);
        Assert.True(body.IsPlain);
        Assert.StartsWith("Dear Customer,\n\nSome webhook events may be delayed by up to 15 minutes.\n", body.Text.ReplaceLineEndings("\n"));
        Assert.Equal(["incidents@example.com -> customers@example.com"], Smtp.Envelopes);

        var sent = await SettledEmailAsync("customers@example.com");
        Assert.Equal(CommunicationState.Sent, sent.State);
        var incident = await IncidentAsync();
        Assert.Contains(incident.Timeline, t => t.Kind == Incident.CommunicationKind && t.Text == "Email to all-users (customers@example.com) sent [INC-2026-001-c2]");
        Assert.Contains(Texts(channel.Id), t => t.Contains("notified all-users (All users): posted in #status-updates; email queued to 1 address(es)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hostile_text_stays_inert_in_chat_and_in_the_email()
    {
        var channel = await DeclareAsync("declare P0 Checkout is down");
        await Driver.SlashAsync(Alice, channel.Id, "services API\r\nBcc: everyone@example.com");
        await Host.InboxIdleAsync();

        await Driver.SlashAsync(Alice, channel.Id, "notify all-users <!channel> *now* <https://evil.example|click> <script>alert(1)</script>");
        await Host.InboxIdleAsync();

        var posted = Slack.Calls.Single(c => c.Method == "chat.postMessage" && c.Arg("channel") == "status-updates");
        Assert.DoesNotContain("<!channel>", posted.Body);
        Assert.DoesNotContain("<https://evil.example|click>", posted.Body);
        var mail = await Smtp.WaitForMessageAsync(_ => true, Wait);
        Assert.Equal("Service update: API Bcc: everyone@example.com", mail.Subject);
        Assert.Empty(mail.Bcc);
        Assert.Equal(["customers@example.com"], mail.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["incidents@example.com -> customers@example.com"], Smtp.Envelopes);
        Assert.Contains("<!channel> *now* <https://evil.example|click> <script>alert(1)</script>", Assert.IsType<TextPart>(mail.Body).Text);
    }

    [Fact]
    public async Task A_recipient_refused_with_550_is_parked_at_once_told_in_the_channel_and_shown_on_healthz()
    {
        Smtp.Refused["operators@example.com"] = true;
        var channel = await DeclareAsync("declare P0 Checkout is down");

        await Driver.SlashAsync(Alice, channel.Id, "notify operators Checkout is down");
        await Host.InboxIdleAsync();

        var failed = await SettledEmailAsync("operators@example.com");
        Assert.Equal(CommunicationState.Failed, failed.State);
        Assert.Contains("550", failed.Detail);
        await PostedAsync(channel.Id, "Email to operators (operators@example.com) FAILED and will not be retried");
        var health = await HealthAsync();
        Assert.Equal("degraded", (string?)health["status"]);
        Assert.Equal(1, (int?)health["outbox"]!["parked"]);
        await AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Empty(Smtp.Received);
    }

    [Fact]
    public async Task The_declared_severitys_audience_is_reminded_until_it_is_told()
    {
        var channel = await DeclareAsync("declare P2 Search is slow");

        await AdvanceAsync(TimeSpan.FromMinutes(15));
        var reminder = await PostedAsync(channel.Id, "the runbook says to tell internal (Internal team)");
        Assert.StartsWith($"<@{Alice}>", reminder.Arg("text"));

        await Driver.SlashAsync(Alice, channel.Id, "notify internal Search is slow; looking into it");
        await Host.InboxIdleAsync();
        Assert.Contains("Search is slow; looking into it", Assert.Single(Texts("engineering")));
        await AdvanceAsync(TimeSpan.FromMinutes(15));
        await AdvanceAsync(TimeSpan.FromMinutes(15));

        Assert.Single(Texts(channel.Id), t => t.Contains("the runbook says to tell", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_30_minute_trigger_reminds_the_commander_at_P1_until_customers_are_emailed_and_the_status_page_updated()
    {
        var channel = await DeclareAsync("declare P1 Payments are slow");
        await Driver.SlashAsync(Alice, channel.Id, "notify affected-users Payments are slow");
        await Driver.SlashAsync(Alice, channel.Id, "notify internal Payments are slow");
        await Host.InboxIdleAsync();

        await AdvanceAsync(TimeSpan.FromMinutes(29));
        Assert.DoesNotContain(Texts(channel.Id), t => t.Contains("has been going over 30m", StringComparison.Ordinal));
        await AdvanceAsync(TimeSpan.FromMinutes(1));
        await PostedAsync(channel.Id, "INC-2026-001 has been going over 30m at P1 (outage-over-30m");

        await Driver.SlashAsync(Alice, channel.Id, "notify all-users Payments are slow");
        await Driver.SlashAsync(Alice, channel.Id, "publish investigating Payments are slow for some customers");
        await Host.InboxIdleAsync();
        await AdvanceAsync(TimeSpan.FromMinutes(30));
        Assert.Single(Texts(channel.Id), t => t.Contains("has been going over 30m", StringComparison.Ordinal));
        var postMortemFile = (await IncidentAsync()).PostMortemFile;
        Assert.Null(postMortemFile);
    }
}
