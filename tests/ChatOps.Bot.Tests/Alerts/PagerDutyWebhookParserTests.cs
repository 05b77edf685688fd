using ChatOps.Bot.Alerts;
using ChatOps.Bot.Alerts.Parsing;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts;

/// <summary>PagerDuty V3 webhooks: real triggered/acknowledged/resolved captures and the docs' examples.</summary>
public sealed class PagerDutyWebhookParserTests
{
    private static readonly PagerDutyWebhookParser Parser = new();

    [Fact]
    public void A_triggered_incident_fires_with_its_id_title_link_urgency_and_service()
    {
        var notification = Parse(Bytes(PagerDutyTriggered), ("X-Webhook-Id", "f1a2b3c4-retry-stable"));
        var alert = Assert.Single(notification.Alerts);

        Assert.Equal(AlertStatus.Firing, notification.Status);
        Assert.Equal("pagerduty:f1a2b3c4-retry-stable", notification.DeliveryId);
        Assert.Equal("incident.triggered", alert.EventType);
        Assert.Equal("PFQZPSY", alert.ExternalId);
        Assert.Equal("PFQZPSY", alert.Fingerprint);
        Assert.Equal("pagerduty:PFQZPSY", alert.GroupKey);
        Assert.Equal("Test Incident 3", alert.Title);
        Assert.Equal("https://pig208.pagerduty.com/incidents/PFQZPSY", alert.Url);
        Assert.Equal("high", alert.Severity);
        Assert.Equal("pig208", alert.Labels["service"]);
        Assert.Equal("9", alert.Labels["number"]);
        Assert.Equal("https://pig208.pagerduty.com/services/PA2P440", alert.Links["service"]);
        Assert.Equal(new DateTimeOffset(2021, 6, 4, 13, 35, 29, 781, TimeSpan.Zero), alert.StartsAt);
        Assert.Equal("PIG 208", alert.ActorName);
    }

    [Fact]
    public void An_acknowledgement_names_the_person_who_acknowledged()
    {
        var alert = Assert.Single(Parse(Bytes(PagerDutyAcknowledged)).Alerts);

        Assert.Equal(AlertStatus.Acknowledged, alert.Status);
        Assert.Equal("incident.acknowledged", alert.EventType);
        Assert.Equal("PIG 208", alert.ActorName);
        Assert.Equal("PQ1K5C8", alert.ExternalId);
        Assert.Null(alert.EndsAt);
    }

    [Fact]
    public void A_resolution_ends_when_it_occurred()
    {
        var alert = Assert.Single(Parse(Bytes(PagerDutyResolved)).Alerts);

        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal(new DateTimeOffset(2021, 6, 4, 13, 16, 53, 816, TimeSpan.Zero), alert.EndsAt);
    }

    [Fact]
    public void Without_X_Webhook_Id_the_event_id_identifies_the_delivery()
    {
        Assert.Equal("pagerduty:event:01BZYIL05THJDFF2Y08X9SVMTU", Parse(Bytes(PagerDutyTriggered)).DeliveryId);
    }

    [Fact]
    public void Other_incident_events_take_the_incident_status_and_carry_priority_and_incident_key()
    {
        var alert = Assert.Single(Parse(Bytes(PagerDutyPriorityUpdated)).Alerts);

        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal("incident.priority_updated", alert.EventType);
        Assert.Equal("P1", alert.Labels["priority"]);
        Assert.Equal("d3640fbd41094207a1c11e58e46b1662", alert.Labels["incident_key"]);
        Assert.Equal("API Service", alert.Labels["service"]);
        Assert.Equal(new DateTimeOffset(2020, 4, 9, 15, 16, 27, TimeSpan.Zero), alert.StartsAt);
        Assert.Equal("Tenex Engineer", alert.ActorName);
    }

    [Fact]
    public void The_signed_test_vector_body_reads_too_whatever_its_conference_number_is()
    {
        var alert = Assert.Single(Parse(Bytes(PagerDutySignedBody)).Alerts);

        Assert.Equal("PGR0VU2", alert.ExternalId);
        Assert.Equal("A little bump in the road", alert.Title);
    }

    [Fact]
    public void A_service_event_is_ignored_rather_than_refused()
    {
        var result = Parser.Parse(WebhookHeaders.None, Bytes(PagerDutyServiceUpdated));

        Assert.True(result.IsIgnored, result.ToString());
        Assert.Contains("service.updated", result.IgnoredBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void An_automated_event_has_no_actor()
    {
        var alert = Parse(Changed(PagerDutyTriggered, json => json["event"]!["agent"] = null)).Alerts[0];

        Assert.Null(alert.ActorName);
    }

    private static ReceivedNotification Parse(byte[] body, params (string, string)[] headers)
    {
        var result = Parser.Parse(Headers(headers), body);
        Assert.True(result.IsParsed, result.ToString());
        return result.Notification!;
    }
}
