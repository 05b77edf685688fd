using System.Net;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Host;

/// <summary>
/// Grafana's published webhooks, verified by the bearer token or by the contact point's HMAC signature (with and without
/// its timestamp header), declare or suggest by the runbook's severity rules. Grafana's examples carry no severity
/// label, so each test adds one to a copy: critical (declares P0) or warning (suggests P2).
/// </summary>
public sealed class GrafanaWebhookTests : AlertHostTest
{
    private static byte[] Labelled(string[] fixture, string severity) => Changed(fixture, json =>
    {
        foreach (var alert in json["alerts"]!.AsArray()) alert!["labels"]!["severity"] = severity;
    });

    [Fact]
    public async Task The_bearer_token_verifies_and_a_critical_group_declares_once()
    {
        var body = Labelled(GrafanaDocs, "critical");

        await AssertAnsweredAsync(await PostAsync("grafana", body, ("Authorization", $"Bearer {Token}")), HttpStatusCode.OK, "Received 2 alert(s).");
        await Host.InboxIdleAsync();

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("P0", "grafana", "High memory usage: This alert was triggered for zone us-1"), (incident.SeverityKey, incident.DeclaredBy, incident.Title));
        var lines = (await PostedAsync(IncidentChannel().Id, "Alert firing: High memory usage")).Arg("text")!.Split('\n');
        Assert.Equal(["Alert firing: High memory usage: This alert was triggered for zone us-1 (grafana)", "Alert firing: High CPU usage: This alert was triggered for zone eu-1 (grafana)"], lines);
        await PostedAsync(Announce, "Grafana declared INC-2026-001 (P0 Critical)");
    }

    [Fact]
    public async Task An_HMAC_signature_without_a_timestamp_verifies_and_a_critical_alert_declares()
    {
        await AssertAnsweredAsync(await GrafanaSignedAsync(Labelled(Grafana11, "critical"), signedAt: null), HttpStatusCode.OK, "Received 1 alert(s).");
        await Host.InboxIdleAsync();

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("P0", "Memory (copy): High memory usage"), (incident.SeverityKey, incident.Title));
        Assert.Equal(DateTimeOffset.Parse("2024-03-01T02:09:00Z", System.Globalization.CultureInfo.InvariantCulture), incident.StartedAt);
    }

    [Fact]
    public async Task An_HMAC_signature_with_a_timestamp_verifies_and_a_warning_is_suggested()
    {
        await AssertAnsweredAsync(await GrafanaSignedAsync(Labelled(GrafanaDocs, "warning"), Host.Time.GetUtcNow().AddSeconds(-30)), HttpStatusCode.OK, "Received 2 alert(s).");
        await Host.InboxIdleAsync();

        var card = await SuggestionCardAsync("Suggested P2 incident: High memory usage: This alert was triggered for zone us-1");
        Assert.Contains("• High CPU usage: This alert was triggered for zone eu-1", BlocksText(card));
        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task A_signature_whose_timestamp_is_stale_is_refused()
    {
        var response = await GrafanaSignedAsync(Labelled(GrafanaDocs, "critical"), Host.Time.GetUtcNow().AddMinutes(-10));

        await AssertAnsweredAsync(response, HttpStatusCode.Unauthorized, "the signature's timestamp is 600 s old");
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_group_of_resolved_alerts_for_no_incident_is_stored_and_changes_nothing()
    {
        await AssertAnsweredAsync(await GrafanaSignedAsync(Bytes(GrafanaResolved), signedAt: null), HttpStatusCode.OK, "Received 1 alert(s).");
        await Host.InboxIdleAsync();

        Assert.Equal(1, await StoredNotificationsAsync());
        Assert.Empty(await IncidentsAsync());
        Assert.DoesNotContain(Slack.Calls, c => c.Method == "chat.postMessage");
    }
}
