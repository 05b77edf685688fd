using ChatOps.Bot.Alerts;
using ChatOps.Bot.Alerts.Parsing;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts;

/// <summary>Sentry's documented issue alert and issue webhooks, and the legacy WebHooks plugin's alert.</summary>
public sealed class SentryParserTests
{
    private static readonly SentryParser Parser = new();

    [Fact]
    public void An_issue_alert_fires_with_its_rule_event_title_issue_and_link()
    {
        var notification = Parse(Bytes(SentryEventAlert), "event_alert");
        var alert = Assert.Single(notification.Alerts);

        Assert.Equal(AlertStatus.Firing, notification.Status);
        Assert.Equal("event_alert.triggered", alert.EventType);
        Assert.Equal("Very Important Alert Rule!", alert.AlertName);
        Assert.Equal("ReferenceError: heck is not defined", alert.Title);
        Assert.Equal("1117540176", alert.ExternalId);
        Assert.Equal("1117540176", alert.Fingerprint);
        Assert.Equal("sentry:issue:1117540176", alert.GroupKey);
        Assert.Equal("https://sentry.io/organizations/test-org/issues/1117540176/events/e4874d664c3540c1a32eab185f12c5ab/", alert.Url);
        Assert.Equal("error", alert.Severity);
        Assert.Equal("?(<anonymous>)", alert.Description);
        Assert.Equal(new DateTimeOffset(2019, 8, 19, 21, 6, 17, 677, TimeSpan.Zero), alert.StartsAt);
    }

    [Fact]
    public void Event_tags_become_labels_except_the_end_user()
    {
        var alert = Parse(Bytes(SentryEventAlert), "event_alert").Alerts[0];

        Assert.Equal("Chrome 75.0.3770", alert.Labels["browser"]);
        Assert.Equal("https://null.jsbin.com/runner", alert.Labels["url"]);
        Assert.Equal("1", alert.Labels["project"]);
        Assert.Equal("Very Important Alert Rule!", alert.Labels["rule"]);
        Assert.False(alert.Labels.ContainsKey("user"));
    }

    [Fact]
    public void Sentry_itself_acting_is_not_a_person()
    {
        Assert.Null(Parse(Bytes(SentryEventAlert), "event_alert").Alerts[0].ActorName);
    }

    [Fact]
    public void A_created_issue_fires_with_its_project_and_first_seen_time()
    {
        var alert = Assert.Single(Parse(Bytes(SentryIssueCreated), "issue").Alerts);

        Assert.Equal(AlertStatus.Firing, alert.Status);
        Assert.Equal("issue.created", alert.EventType);
        Assert.Equal("1170820242", alert.ExternalId);
        Assert.Equal("ReferenceError: blooopy is not defined", alert.Title);
        Assert.Equal("front-end", alert.Labels["project"]);
        Assert.Equal("FRONT-END-9", alert.Labels["short_id"]);
        Assert.Equal("escalating", alert.Labels["substatus"]);
        Assert.Equal(new DateTimeOffset(2019, 8, 19, 20, 58, 37, 391, TimeSpan.Zero), alert.StartsAt);
    }

    [Fact]
    public void A_resolved_issue_resolves()
    {
        var alert = Parse(Changed(SentryIssueCreated, json => json["action"] = "resolved"), "issue").Alerts[0];

        Assert.Equal(AlertStatus.Resolved, alert.Status);
        Assert.Equal("issue.resolved", alert.EventType);
    }

    [Theory]
    [InlineData("issue", "assigned")]
    [InlineData("issue", "archived")]
    [InlineData("installation", "created")]
    [InlineData("event_alert", "something-new")]
    public void Other_resources_and_actions_are_ignored(string resource, string action)
    {
        var result = Parser.Parse(Headers(("Sentry-Hook-Resource", resource)), Changed(SentryIssueCreated, json => json["action"] = action));

        Assert.True(result.IsIgnored, result.ToString());
    }

    [Fact]
    public void The_legacy_plugin_alert_is_read_without_a_resource_header()
    {
        var alert = Assert.Single(Parse(Bytes(SentryPlugin), resource: null).Alerts);

        Assert.Equal("plugin.alert", alert.EventType);
        Assert.Equal("1972208801", alert.ExternalId);
        Assert.Equal("Send a notification for new events", alert.AlertName);
        Assert.Equal("ValueError: new sentry error.", alert.Title);
        Assert.Equal("https://sentry.io/organizations/bar-foundation/issues/1972208801/?referrer=webhooks_plugin", alert.Url);
        Assert.Equal("foo-live", alert.Labels["project"]);
        Assert.Equal("enterprise", alert.Labels["server_name"]);
        // "timestamp": 1603322711.147672, seconds since 1970 as a float.
        Assert.InRange((alert.StartsAt!.Value - DateTimeOffset.FromUnixTimeMilliseconds(1603322711147)).TotalMilliseconds, 0, 1);
    }

    [Fact]
    public void A_body_without_the_resource_header_that_is_not_the_plugin_alert_is_refused_saying_so()
    {
        var result = Parser.Parse(WebhookHeaders.None, Bytes(SentryIssueCreated));

        Assert.True(result.IsInvalid, result.ToString());
        Assert.Contains("Sentry-Hook-Resource", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_body_is_the_same_delivery()
    {
        var first = Parse(Bytes(SentryEventAlert), "event_alert").DeliveryId;

        Assert.StartsWith("sentry:", first, StringComparison.Ordinal);
        Assert.Equal(first, Parse(Bytes(SentryEventAlert), "event_alert").DeliveryId);
        Assert.NotEqual(first, Parse(Bytes(SentryIssueCreated), "issue").DeliveryId);
    }

    private static ReceivedNotification Parse(byte[] body, string? resource)
    {
        var result = Parser.Parse(resource is null ? WebhookHeaders.None : Headers(("Sentry-Hook-Resource", resource)), body);
        Assert.True(result.IsParsed, result.ToString());
        return result.Notification!;
    }
}
