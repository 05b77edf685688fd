using ChatOps.Bot.Alerts;
using ChatOps.Bot.Alerts.Parsing;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts;

/// <summary>Grafana webhook payloads: the docs example and Grafana 9 and 11 captures.</summary>
public sealed class GrafanaParserTests
{
    private static readonly GrafanaParser Parser = new();

    [Fact]
    public void The_documented_example_has_two_firing_alerts_its_title_and_its_message()
    {
        var notification = Parse(Bytes(GrafanaDocs));

        Assert.Equal(AlertSource.Grafana, notification.Source);
        Assert.Equal(AlertStatus.Firing, notification.Status);
        Assert.Equal("[FIRING:2]  (blue)", notification.Title);
        Assert.StartsWith("**Firing**\n\nLabels:", notification.Message, StringComparison.Ordinal);
        Assert.Equal("My Super Webhook", notification.Receiver);
        Assert.Equal("{}:{}", notification.GroupKey);
        Assert.Equal(["High memory usage", "High CPU usage"], notification.Alerts.Select(a => a.AlertName));
        Assert.Equal(["c6eadffa33fcdf37", "bc97ff14869b13e3"], notification.Alerts.Select(a => a.Fingerprint));
    }

    [Fact]
    public void Offsets_are_kept_values_are_written_out_and_empty_links_left_out()
    {
        var alert = Parse(Bytes(GrafanaDocs)).Alerts[0];

        Assert.Equal(new DateTimeOffset(2021, 10, 12, 7, 51, 3, TimeSpan.Zero).AddTicks(1570760), alert.StartsAt!.Value.ToUniversalTime());
        Assert.Equal("B=44.23943737541908, C=1", alert.Values);
        Assert.Equal("This alert was triggered for zone us-1", alert.Title);
        Assert.Equal("The system has high memory usage", alert.Description);
        Assert.Equal("https://myrunbook.com/runbook/1234", alert.Annotations["runbook_url"]);
        Assert.Equal(["silence"], alert.Links.Keys);
        Assert.Equal("https://play.grafana.org/alerting/1afz29v7z/edit", alert.Url);
    }

    [Fact]
    public void A_firing_group_holding_resolved_alerts_keeps_each_alert_status_and_end()
    {
        var notification = Parse(Bytes(GrafanaMixed));

        Assert.Equal(AlertStatus.Firing, notification.Status);
        Assert.Equal("[FIRING:1, RESOLVED:2]  (true)", notification.Title);
        Assert.Equal([AlertStatus.Resolved, AlertStatus.Resolved, AlertStatus.Firing], notification.Alerts.Select(a => a.Status));
        Assert.Equal(new DateTimeOffset(2022, 6, 17, 1, 8, 28, TimeSpan.Zero).AddTicks(6527478), notification.Alerts[0].EndsAt);
        Assert.Null(notification.Alerts[2].EndsAt);
        Assert.Equal(new DateTimeOffset(2022, 6, 17, 1, 3, 0, TimeSpan.Zero).AddTicks(7821378), notification.StartedAt);
        Assert.StartsWith("[ var='B' labels={__name__=rabbitmq_queues", notification.Alerts[0].Values, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_in_annotations_is_kept_as_sent_text_for_the_renderer_to_escape()
    {
        var alert = Parse(Bytes(GrafanaMixed)).Alerts[2];

        Assert.Equal("Testing **another** failing alert", alert.Title);
        Assert.Equal("Description **here**", alert.Description);
    }

    [Fact]
    public void A_resolved_notification_says_so_with_the_end_time()
    {
        var notification = Parse(Bytes(GrafanaResolved));

        Assert.Equal(AlertStatus.Resolved, notification.Status);
        var alert = Assert.Single(notification.Alerts);
        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal(new DateTimeOffset(2022, 6, 17, 0, 51, 24, TimeSpan.Zero).AddTicks(0673378), alert.EndsAt);
        Assert.Equal("d8a21484c9c25a60", alert.Fingerprint);
    }

    [Fact]
    public void Grafana_11_sends_values_value_string_image_and_dashboard_links()
    {
        var notification = Parse(Bytes(Grafana11));
        var alert = Assert.Single(notification.Alerts);

        Assert.Equal("[FIRING:1] Memory (copy) device (true)", notification.Title);
        Assert.Equal("{}/{debug=\"true\"}:{alertname=\"Memory (copy)\", grafana_folder=\"device\"}", notification.GroupKey);
        Assert.Equal("Memory (copy)", alert.AlertName);
        Assert.StartsWith("[ var='A' labels={instance=node_exporter:9100, job=node} value=2.473545728e+09 ]", alert.Values, StringComparison.Ordinal);
        Assert.Equal("https://play.grafana.org/d/ece9fb32-7f71-4be9-bd94-2f23608ae5b9?orgId=1", alert.Links["dashboard"]);
        Assert.Equal("https://play.grafana.org/d/ece9fb32-7f71-4be9-bd94-2f23608ae5b9?orgId=1&viewPanel=2", alert.Links["panel"]);
        Assert.Equal("https://grafana.com/assets/img/blog/mixed_styles.png", alert.Links["image"]);
        Assert.Contains("&matcher=debug%3Dtrue", alert.Links["silence"], StringComparison.Ordinal);
        Assert.Equal(0, notification.TruncatedAlerts);
    }

    [Fact]
    public void Without_a_value_string_the_values_map_is_written_out()
    {
        var alert = Parse(Changed(Grafana11, json => json["alerts"]![0]!.AsObject().Remove("valueString"))).Alerts[0];

        Assert.Equal("A=2473545728, B=0, C=1, minute=9", alert.Values);
    }

    private static ReceivedNotification Parse(byte[] body)
    {
        var result = Parser.Parse(WebhookHeaders.None, body);
        Assert.True(result.IsParsed, result.ToString());
        return result.Notification!;
    }
}
