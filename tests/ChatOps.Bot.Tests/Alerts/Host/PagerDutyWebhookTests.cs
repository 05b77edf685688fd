using System.Net;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Host;

/// <summary>
/// PagerDuty V3 webhooks: PagerDuty's published signature vector verifies (and its mismatching case is refused), a
/// delivery is stored once per <c>X-Webhook-Id</c>, incidents are suggested at P1 by the shipped runbook, and an
/// acknowledgement in PagerDuty acknowledges the incident we declared from its trigger.
/// </summary>
public sealed class PagerDutyWebhookTests : AlertHostTest
{
    private static string VectorSignature(string name) =>
        AlertFixtures.Json("pagerduty-v3", "signature-vector.go-pagerduty.json")["cases"]!.AsArray().Single(c => (string?)c!["name"] == name)!["header_value"]!.GetValue<string>();

    [Fact]
    public async Task The_published_signature_vector_verifies_its_incident_is_suggested_and_a_retried_webhook_id_is_stored_once()
    {
        var body = Bytes(PagerDutySignedBody);

        await AssertAnsweredAsync(await PagerDutyAsync(body, "webhook-1", VectorSignature("valid")), HttpStatusCode.OK, "Received 1 alert(s).");
        await AssertAnsweredAsync(await PagerDutyAsync(body, "webhook-1", VectorSignature("valid")), HttpStatusCode.OK, "Already received");
        await Host.SettledAsync();

        await SuggestionCardAsync("Suggested P1 incident: A little bump in the road");
        Assert.Single(Slack.Calls, c => c.Method == "chat.postMessage" && c.Arg("channel") == Announce);
        Assert.Equal(1, await StoredNotificationsAsync());
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task The_vectors_mismatching_signature_is_refused_and_nothing_is_stored()
    {
        var response = await PagerDutyAsync(Bytes(PagerDutySignedBody), "webhook-2", VectorSignature("mismatch"));

        await AssertAnsweredAsync(response, HttpStatusCode.Unauthorized, "no v1= signature in X-PagerDuty-Signature matches the body");
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task An_acknowledgement_in_PagerDuty_acknowledges_the_incident_declared_from_its_trigger()
    {
        await PagerDutyAsync(Bytes(PagerDutyTriggered), "trigger-1");
        await Host.InboxIdleAsync();
        var card = await SuggestionCardAsync("Suggested P1 incident: Test Incident 3");
        var declare = Core.Commands.AnswerAlertSuggestion.DeclareActionId;
        await Driver.PressAsync(Alice, Announce, declare, ButtonValue(card, declare));
        await Host.InboxIdleAsync();
        Host.Time.Advance(TimeSpan.FromMinutes(2));

        // Someone else's PagerDuty incident (the published capture, PQ1K5C8) is acknowledged: not ours, nothing happens.
        await AssertAnsweredAsync(await PagerDutyAsync(Bytes(PagerDutyAcknowledged), "ack-other"), HttpStatusCode.OK, "Received 1 alert(s).");
        await Host.InboxIdleAsync();
        Assert.Null(Assert.Single(await IncidentsAsync()).AcknowledgedAt);

        // The published captures are of two PagerDuty incidents: the acknowledgement is sent for the triggered one (PFQZPSY).
        var ours = Changed(PagerDutyAcknowledged, json => json["event"]!["data"]!["id"] = "PFQZPSY");
        await PagerDutyAsync(ours, "ack-ours");
        await Host.InboxIdleAsync();

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("PIG 208 (PagerDuty)", Host.Time.GetUtcNow()), (incident.AcknowledgedBy, incident.AcknowledgedAt));
        await PostedAsync(IncidentChannel().Id, "PIG 208 (PagerDuty) acknowledged INC-2026-001. Automatic escalation stopped.");
    }
}
