using System.Net;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.Observability;

/// <summary>What happens to incidents over Slack moves the <c>chatops_*</c> series a scrape of <c>/metrics</c> shows.</summary>
public sealed class IncidentMetricsTests : SlackIncidentTest
{
    [Fact]
    public async Task A_declaration_counts_its_acknowledgement_its_incident_and_its_deliveries()
    {
        var before = await Host.ScrapeAsync();
        Assert.Equal(0, before.Value("chatops_incidents_open", "severity=P0"));

        await DeclareAsync("declare P0 Checkout is down");
        await Host.InboxIdleAsync();
        var refused = await Host.PostFormAsync(SlackEndpoints.Commands, Driver.Slash(Alice, General, "list"), signature: "v0=not-the-signature");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var after = await Host.ScrapeAsync();
        Assert.Equal(1, after.Value("chatops_incidents_declared_total", "severity=P0"));
        Assert.Equal(1, after.Value("chatops_incidents_open", "severity=P0"));
        Assert.Equal(0, after.Value("chatops_incidents_open", "severity=P1"));
        Assert.Equal(1, after.Value("chatops_acknowledgements_total", "endpoint=/slack/commands", "outcome=2xx"));
        Assert.Equal(1, after.Value("chatops_acknowledgements_total", "endpoint=/slack/commands", "outcome=4xx"));
        Assert.Equal(1, after.Value("chatops_acknowledgement_duration_seconds_count", "endpoint=/slack/commands", "outcome=2xx"));
        Assert.Equal(1, after.Value("chatops_acknowledgement_duration_seconds_bucket", "endpoint=/slack/commands", "outcome=2xx", "le=+Inf"));
        Assert.Equal("histogram", after.Types["chatops_acknowledgement_duration_seconds"]);
        // The channel, its topic, the invitation, the card, its pin and the announcement.
        Assert.Equal(1, after.Value("chatops_chat_api_calls_total", "platform=slack", "method=conversations.create", "status=200"));
        Assert.Equal(2, after.Value("chatops_chat_api_calls_total", "platform=slack", "method=chat.postMessage", "status=200"));
        Assert.Equal(1, after.Value("chatops_chat_api_calls_total", "platform=slack", "method=pins.add", "status=200"));
        Assert.True(after.Value("chatops_outbox_delivery_attempts_total", "platform=slack", "outcome=delivered") >= 5);
        Assert.Equal(0, after.Value("chatops_outbox_delivery_attempts_total", "platform=slack", "outcome=retry"));
        Assert.Equal(0, after.Value("chatops_outbox_pending"));
        Assert.Equal(0, after.Value("chatops_outbox_parked"));
        Assert.Equal(0, after.Value("chatops_inbox_pending"));
        Assert.Equal("counter", after.Types["chatops_incidents_declared_total"]);
        Assert.Equal("gauge", after.Types["chatops_incidents_open"]);
    }

    [Fact]
    public async Task Escalations_a_fired_reminder_a_pressed_button_and_a_resolution_are_counted()
    {
        var channel = await DeclareAsync("declare P1 Payments are failing");
        await Host.InboxIdleAsync();

        await Driver.SlashAsync(Alice, channel.Id, "escalate Card payments need the lead");
        await PostedAsync(channel.Id, "Escalated INC-2026-001");
        // The next tier is due 15 minutes after the first; the bot fires it a minute late.
        Host.Time.Advance(TimeSpan.FromMinutes(16));
        await Host.FireDueAsync();
        await PostedAsync(channel.Id, "to tier 2");
        Assert.Equal(HttpStatusCode.OK, (await Driver.PressAsync(Alice, channel.Id, "incident.ack", "INC-2026-001")).StatusCode);
        await PostedAsync(channel.Id, "acknowledged INC-2026-001");
        await Driver.SlashAsync(Alice, channel.Id, "resolve Rolled back");
        await PostedAsync(channel.Id, "Incident resolved at");
        await Host.InboxIdleAsync();

        var scrape = await Host.ScrapeAsync();
        Assert.Equal(1, scrape.Value("chatops_escalations_total", "severity=P1", "trigger=manual"));
        Assert.Equal(1, scrape.Value("chatops_escalations_total", "severity=P1", "trigger=automatic"));
        Assert.Equal(1, scrape.Value("chatops_reminders_fired_total", "kind=Escalation"));
        Assert.Equal(1, scrape.Value("chatops_reminder_lateness_seconds_count", "kind=Escalation"));
        Assert.Equal(60, scrape.Value("chatops_reminder_lateness_seconds_sum", "kind=Escalation"));
        Assert.Equal(0, scrape.Value("chatops_reminder_lateness_seconds_bucket", "kind=Escalation", "le=30"));
        Assert.Equal(1, scrape.Value("chatops_reminder_lateness_seconds_bucket", "kind=Escalation", "le=60"));
        Assert.Equal(1, scrape.Value("chatops_acknowledgements_total", "endpoint=/slack/interactions", "outcome=2xx"));
        Assert.Equal(3, scrape.Value("chatops_acknowledgements_total", "endpoint=/slack/commands", "outcome=2xx"));
        Assert.Equal(1, scrape.Value("chatops_incidents_declared_total", "severity=P1"));
        Assert.Equal(1, scrape.Value("chatops_incidents_resolved_total", "severity=P1"));
        Assert.Equal(0, scrape.Value("chatops_incidents_open", "severity=P1"));
    }

    [Fact]
    public async Task A_rate_limited_call_shows_as_a_429_and_a_delivery_to_retry()
    {
        Slack.FailNext("chat.postMessage", 429, "1");

        await Driver.SlashAsync(Alice, General, "declare P2 Search is slow");
        await Host.InboxIdleAsync();
        var limited = await Host.ScrapeAsync();
        Assert.Equal(1, limited.Value("chatops_chat_api_calls_total", "platform=slack", "method=chat.postMessage", "status=429"));
        Assert.Equal(1, limited.Value("chatops_outbox_delivery_attempts_total", "platform=slack", "outcome=retry"));
        Assert.True(limited.Value("chatops_outbox_pending") >= 1);

        // Slack asked for a second: once it has passed, the queue drains.
        Host.Time.Advance(TimeSpan.FromSeconds(2));
        await Host.InboxIdleAsync();
        var drained = await Host.ScrapeAsync();
        Assert.Equal(1, drained.Value("chatops_chat_api_calls_total", "platform=slack", "method=chat.postMessage", "status=429"));
        Assert.True(drained.Value("chatops_chat_api_calls_total", "platform=slack", "method=chat.postMessage", "status=200") >= 1);
        Assert.Equal(1, drained.Value("chatops_outbox_delivery_attempts_total", "platform=slack", "outcome=retry"));
        Assert.Equal(0, drained.Value("chatops_outbox_pending"));
    }
}
