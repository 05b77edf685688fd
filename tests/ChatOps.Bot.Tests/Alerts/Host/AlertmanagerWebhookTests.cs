using System.Net;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Alerts;
using ChatOps.Core.Incidents;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Host;

/// <summary>
/// Alertmanager's published webhooks through the real host: the grouped critical notification declares P0 once and its
/// other alert attaches, a retry changes nothing, a later notification of the group attaches, a resolution is noted
/// with a nudge towards monitoring, and a warning is suggested on a card that Declare and Dismiss answer in Slack.
/// </summary>
public sealed class AlertmanagerWebhookTests : AlertHostTest
{
    private const string Line = "Alert firing: High CPU Temperature: High CPU core temperature (alertmanager)";
    private static readonly DateTimeOffset FirstStart = DateTimeOffset.Parse("2020-02-06T00:17:58.4329113Z", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The published firing group with its severity label set to <paramref name="severity"/> (on the group and both alerts).</summary>
    private static byte[] FiringAs(string severity) => Changed(AlertmanagerFiring, json =>
    {
        json["commonLabels"]!["severity"] = severity;
        foreach (var alert in json["alerts"]!.AsArray()) alert!["labels"]!["severity"] = severity;
    });

    [Fact]
    public async Task A_critical_group_declares_one_P0_incident_its_other_alert_attaches_and_a_retry_changes_nothing()
    {
        var body = Bytes(AlertmanagerFiring);

        await AssertAnsweredAsync(await AlertmanagerAsync(body), HttpStatusCode.OK, "Received 2 alert(s).");
        await Host.InboxIdleAsync();

        var channel = IncidentChannel();
        Assert.Equal("inc-2026-001-high-cpu-temperature-high-cpu", channel.Name);
        Assert.Superset(new HashSet<string> { OnCall, Lead }, channel.Members);
        var lines = (await PostedAsync(channel.Id, Line)).Arg("text")!.Split('\n');
        Assert.Equal([Line, Line], lines);
        await PostedAsync(Announce, "Alertmanager declared INC-2026-001 (P0 Critical): High CPU Temperature: High CPU core temperature.");
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("P0", "alertmanager", "oncall-engineer"), (incident.SeverityKey, incident.DeclaredBy, incident.Commander));
        Assert.Equal((FirstStart, Support.LoopbackBotHost.Start), (incident.StartedAt, incident.DetectedAt));
        Assert.Equal(2, incident.Timeline.Count(t => t.Kind == Incident.AlertEntry));

        // Alertmanager retries a delivery it got no answer to: the same bytes are the same delivery.
        var calls = Slack.Calls.Count;
        await AssertAnsweredAsync(await AlertmanagerAsync(body), HttpStatusCode.OK, "Already received");
        await Host.SettledAsync();
        Assert.Equal(1, await StoredNotificationsAsync());
        Assert.Equal(calls, Slack.Calls.Count);
        Assert.Single(await IncidentsAsync());
    }

    [Fact]
    public async Task A_later_notification_of_the_group_attaches_to_the_incident()
    {
        await AlertmanagerAsync(Bytes(AlertmanagerFiring));
        await Host.InboxIdleAsync();
        Host.Time.Advance(TimeSpan.FromMinutes(5));

        // The published group again, its second alert having fired anew (a later startsAt): a new delivery of the same group.
        var later = Changed(AlertmanagerFiring, json => json["alerts"]![1]!["startsAt"] = "2020-02-06T00:27:58.432911368Z");
        await AssertAnsweredAsync(await AlertmanagerAsync(later), HttpStatusCode.OK, "Received 2 alert(s).");
        await Host.InboxIdleAsync();

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(4, incident.Timeline.Count(t => t.Kind == Incident.AlertEntry));
        Assert.Equal(2, Slack.Calls.Count(c => c.Method == "chat.postMessage" && c.Arg("channel") == IncidentChannel().Id && (c.Arg("text") ?? "").StartsWith(Line, StringComparison.Ordinal)));
        Assert.Single(Slack.Channels, c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_resolved_alert_is_noted_on_the_timeline_and_suggests_moving_to_monitoring()
    {
        await AlertmanagerAsync(Bytes(AlertmanagerFiring));
        await Host.InboxIdleAsync();
        Host.Time.Advance(TimeSpan.FromMinutes(12));

        await AssertAnsweredAsync(await AlertmanagerAsync(Bytes(AlertmanagerResolved)), HttpStatusCode.OK, "Received 1 alert(s).");
        await Host.InboxIdleAsync();

        var post = await PostedAsync(IncidentChannel().Id, "Alert resolved: High CPU Temperature: High CPU core temperature (alertmanager)");
        Assert.Contains("If the problem is over, move INC-2026-001 to monitoring: /incident update monitoring", post.Arg("text"));
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Contains(incident.Timeline, t => t.Kind == Incident.AlertEntry && t.Text.StartsWith("Alert resolved", StringComparison.Ordinal) && t.At == Host.Time.GetUtcNow());
        Assert.Equal(IncidentStatus.Investigating, incident.Status);
    }

    [Fact]
    public async Task A_warning_is_suggested_on_one_card_and_Declare_pressed_in_Slack_declares_as_the_person_who_pressed_it()
    {
        var received = Host.Time.GetUtcNow();
        var body = FiringAs("warning"); // the published group, labelled severity: warning (a suggest rule)
        await AssertAnsweredAsync(await AlertmanagerAsync(body), HttpStatusCode.OK, "Received 2 alert(s).");
        await Host.InboxIdleAsync();
        Host.Time.Advance(TimeSpan.FromMinutes(1));
        await AlertmanagerAsync(FiringAs("warning"));
        await Host.SettledAsync();

        var card = await SuggestionCardAsync("Suggested P2 incident: High CPU Temperature: High CPU core temperature");
        Assert.Single(Slack.Calls, c => c.Method == "chat.postMessage" && c.Arg("channel") == Announce);
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "conversations.create");

        Host.Time.Advance(TimeSpan.FromMinutes(3));
        var declare = Core.Commands.AnswerAlertSuggestion.DeclareActionId;
        var pressed = await Driver.PressAsync(Alice, Announce, declare, ButtonValue(card, declare));
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        await Host.InboxIdleAsync();

        var update = await Slack.WaitForCallAsync("chat.update", c => (c.Arg("text") ?? "").StartsWith("Declared as INC-2026-001", StringComparison.Ordinal), Wait);
        Assert.StartsWith("Declared as INC-2026-001: High CPU Temperature", update.Arg("text"));
        Assert.Contains($"Declared as INC-2026-001 by <@{Alice}>", BlocksText(update));
        Assert.DoesNotContain("alert.declare", update.Arg("blocks"));
        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("P2", Alice, Alice), (incident.SeverityKey, incident.DeclaredBy, incident.Commander));
        Assert.Equal((FirstStart, received), (incident.StartedAt, incident.DetectedAt));
        Assert.Contains(Alice, IncidentChannel().Members);
        Assert.Equal(AlertSuggestionState.Declared, Assert.Single(await SuggestionsAsync()).State);
    }

    [Fact]
    public async Task Dismiss_pressed_in_Slack_says_who_dismissed_it_and_declares_nothing()
    {
        await AlertmanagerAsync(FiringAs("warning"));
        await Host.InboxIdleAsync();
        var card = await SuggestionCardAsync("Suggested P2 incident");

        await Driver.PressAsync(Bob, Announce, Core.Commands.AnswerAlertSuggestion.DismissActionId, ButtonValue(card, Core.Commands.AnswerAlertSuggestion.DismissActionId));
        await Host.InboxIdleAsync();

        var update = await Slack.WaitForCallAsync("chat.update", c => (c.Arg("text") ?? "").StartsWith("Dismissed", StringComparison.Ordinal), Wait);
        Assert.Contains($"Dismissed by <@{Bob}> at 2026-03-14 09:00 UTC", BlocksText(update));
        Assert.DoesNotContain("alert.dismiss", update.Arg("blocks"));
        Assert.Empty(await IncidentsAsync());
        Assert.Equal(AlertSuggestionState.Dismissed, Assert.Single(await SuggestionsAsync()).State);
    }

    [Fact]
    public async Task Alert_text_is_shown_inert_in_the_channel_the_announcement_and_the_suggestion_card()
    {
        // The published group with a hostile summary (and warning in a second copy, to get a card).
        const string hostile = "<!channel> *pay* <https://evil.example|now>";
        byte[] Hostile(string severity) => Changed(AlertmanagerFiring, json =>
        {
            json["groupKey"] = "{}/{}:{" + severity + "}";
            foreach (var alert in json["alerts"]!.AsArray())
            {
                alert!["annotations"]!["summary"] = hostile;
                alert["labels"]!["severity"] = severity;
            }
        });

        await AlertmanagerAsync(Hostile("critical"));
        await AlertmanagerAsync(Hostile("warning"));
        await Host.InboxIdleAsync();

        var posts = Slack.Calls.Where(c => c.Method is "chat.postMessage" or "chat.update").ToList();
        var shown = posts.Where(p => (p.Arg("text") ?? "").Contains("evil.example", StringComparison.Ordinal) || BlocksText(p).Contains("evil.example", StringComparison.Ordinal)).ToList();
        Assert.True(shown.Count >= 3, $"{shown.Count} posts show the alert's text");
        Assert.All(shown, p =>
        {
            Assert.DoesNotContain("<!channel>", p.Arg("text"));
            Assert.DoesNotContain("<!channel>", MrkdwnText(p));
            Assert.DoesNotContain("<https://evil.example|now>", MrkdwnText(p));
        });
        Assert.Contains(shown, p => (p.Arg("text") ?? "").Contains("&lt;!channel&gt;", StringComparison.Ordinal));
    }
}
