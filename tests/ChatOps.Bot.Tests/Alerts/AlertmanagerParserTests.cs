using System.Text.Json.Nodes;
using ChatOps.Bot.Alerts;
using ChatOps.Bot.Alerts.Parsing;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts;

/// <summary>Alertmanager webhook v4 payloads (captured by Zulip) read into notifications.</summary>
public sealed class AlertmanagerParserTests
{
    private static readonly AlertmanagerParser Parser = new();

    [Fact]
    public void A_grouped_firing_notification_carries_each_alert_with_its_fingerprint()
    {
        var notification = Parse(Bytes(AlertmanagerFiring));

        Assert.Equal(AlertSource.Alertmanager, notification.Source);
        Assert.Equal(AlertStatus.Firing, notification.Status);
        Assert.Equal("{}/{}:{}", notification.GroupKey);
        Assert.Equal("ops-zulip", notification.Receiver);
        Assert.Equal("http://ops1:9093", notification.ExternalUrl);
        Assert.Equal("High CPU core temperature", notification.Title);
        Assert.Equal("critical", notification.CommonLabels["severity"]);
        Assert.Empty(notification.GroupLabels);
        Assert.Equal(["a1bc48475b20e73d", "c2ea85182f28cbd9"], notification.Alerts.Select(a => a.Fingerprint));
        Assert.All(notification.Alerts, a => Assert.Equal("{}/{}:{}", a.GroupKey));
    }

    [Fact]
    public void Each_alert_keeps_its_labels_annotations_times_and_generator_link()
    {
        var alert = Parse(Bytes(AlertmanagerFiring)).Alerts[0];

        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal("firing", alert.EventType);
        Assert.Equal("High CPU Temperature", alert.AlertName);
        Assert.Equal("andromeda", alert.Labels["host"]);
        Assert.Equal("critical", alert.Severity);
        Assert.Equal("High CPU core temperature", alert.Title);
        Assert.Equal("CPU core temperature is 34.75C", alert.Description);
        Assert.Equal("andromeda", alert.Annotations["topic"]);
        // Nine fractional digits as Go writes them; .NET keeps seven.
        Assert.Equal(new DateTimeOffset(2020, 2, 6, 0, 17, 58, TimeSpan.Zero).AddTicks(4329113), alert.StartsAt);
        Assert.Null(alert.EndsAt);
        Assert.StartsWith("http://cobalt:9090/graph?g0.expr=avg+by%28host%29", alert.Url, StringComparison.Ordinal);
        Assert.Null(alert.ActorName);
        Assert.Equal("", alert.ExternalId);
    }

    [Fact]
    public void The_group_started_when_its_earliest_alert_did()
    {
        var notification = Parse(Changed(AlertmanagerFiring, json => json["alerts"]![1]!["startsAt"] = "2020-02-05T23:00:00Z"));

        Assert.Equal(new DateTimeOffset(2020, 2, 5, 23, 0, 0, TimeSpan.Zero), notification.StartedAt);
    }

    [Fact]
    public void A_resolved_notification_is_resolved_and_its_zero_end_time_reads_as_unset()
    {
        var notification = Parse(Bytes(AlertmanagerResolved));

        Assert.Equal(AlertStatus.Resolved, notification.Status);
        var alert = Assert.Single(notification.Alerts);
        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal("a1bc48475b20e73d", alert.Fingerprint);
        Assert.Null(alert.EndsAt);
    }

    [Fact]
    public void A_retried_delivery_has_the_same_delivery_id_and_a_resolution_a_new_one()
    {
        var first = Parse(Bytes(AlertmanagerFiring)).DeliveryId;
        var again = Parse(Bytes(AlertmanagerFiring)).DeliveryId;
        var reordered = Parse(Changed(AlertmanagerFiring, json =>
        {
            var alerts = json["alerts"]!.AsArray();
            var second = alerts[1]!.DeepClone();
            alerts.RemoveAt(1);
            alerts.Insert(0, second);
        })).DeliveryId;
        var resolved = Parse(Bytes(AlertmanagerResolved)).DeliveryId;

        Assert.StartsWith("alertmanager:", first, StringComparison.Ordinal);
        Assert.Equal(first, again);
        Assert.Equal(first, reordered);
        Assert.NotEqual(first, resolved);
    }

    [Fact]
    public void An_alert_that_fires_again_with_a_new_start_is_a_new_delivery()
    {
        var first = Parse(Bytes(AlertmanagerFiring)).DeliveryId;
        var refired = Parse(Changed(AlertmanagerFiring, json => json["alerts"]![0]!["startsAt"] = "2020-02-06T01:00:00Z")).DeliveryId;

        Assert.NotEqual(first, refired);
    }

    [Fact]
    public void Without_a_fingerprint_as_before_Alertmanager_0_20_the_labels_identify_the_alert()
    {
        var notification = Parse(Changed(AlertmanagerFiring, json =>
        {
            foreach (var alert in json["alerts"]!.AsArray()) alert!.AsObject().Remove("fingerprint");
        }));

        // Both alerts have the same labels in the published payload, so the same fingerprint.
        Assert.All(notification.Alerts, a => Assert.StartsWith("labels:", a.Fingerprint, StringComparison.Ordinal));
        Assert.Equal(notification.Alerts[0].Fingerprint, notification.Alerts[1].Fingerprint);
    }

    [Fact]
    public void Unknown_members_such_as_routeLabels_and_notification_reason_are_ignored()
    {
        var notification = Parse(Changed(AlertmanagerFiring, json =>
        {
            json["routeLabels"] = new JsonObject { ["team"] = "infra" };
            json["notification_reason"] = "new alerts";
            json["truncatedAlerts"] = 3;
        }));

        Assert.Equal(2, notification.Alerts.Count);
        Assert.Equal(3, notification.TruncatedAlerts);
    }

    [Fact]
    public void Alerts_over_the_limit_are_left_out_and_counted()
    {
        var notification = new AlertmanagerParser(new AlertLimits { MaxAlerts = 1 }).Parse(WebhookHeaders.None, Bytes(AlertmanagerFiring)).Notification!;

        Assert.Equal("a1bc48475b20e73d", Assert.Single(notification.Alerts).Fingerprint);
        Assert.Equal(1, notification.TruncatedAlerts);
    }

    private static ReceivedNotification Parse(byte[] body)
    {
        var result = Parser.Parse(WebhookHeaders.None, body);
        Assert.True(result.IsParsed, result.ToString());
        return result.Notification!;
    }
}
