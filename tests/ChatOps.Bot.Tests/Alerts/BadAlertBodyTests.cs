using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Alerts;
using ChatOps.Bot.Alerts.Parsing;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts;

/// <summary>Bad webhook bodies get an error naming the field and what it should be; no body makes a parser throw.</summary>
public sealed class BadAlertBodyTests
{
    public static TheoryData<string, string[], string, string> ChangedFields => new()
    {
        { "grafana", GrafanaMixed, "alerts.2.startsAt=yesterday", "alerts[2].startsAt is not a timestamp (RFC 3339, such as 2024-03-01T02:09:00Z): \"yesterday\"" },
        { "alertmanager", AlertmanagerFiring, "status=pending", "status must be \"firing\" or \"resolved\", not \"pending\"" },
        { "alertmanager", AlertmanagerFiring, "alerts.1.status=", "alerts[1].status must be \"firing\" or \"resolved\", not \"\"" },
        { "alertmanager", AlertmanagerFiring, "alerts.0.status-", "alerts[0].status is missing" },
        { "alertmanager", AlertmanagerFiring, "groupKey-", "groupKey is missing" },
        { "alertmanager", AlertmanagerFiring, "alerts={}", "alerts must be an array, not object" },
        { "alertmanager", AlertmanagerFiring, "alerts=[]", "alerts is empty; a notification carries at least one alert" },
        { "alertmanager", AlertmanagerFiring, "alerts.0.labels.severity=3", "alerts[0].labels.severity must be a string" },
        { "alertmanager", AlertmanagerFiring, "alerts.0.labels=[]", "alerts[0].labels must be an object of strings" },
        { "alertmanager", AlertmanagerFiring, "alerts.1.endsAt=2020-02-06 00:17", "alerts[1].endsAt is not a timestamp" },
        { "alertmanager", AlertmanagerFiring, "truncatedAlerts=-1", "truncatedAlerts must be a whole number of zero or more" },
        { "grafana", Grafana11, "alerts.0=\"x\"", "alerts[0] must be an object" },
        { "pagerduty", PagerDutyTriggered, "event-", "event is missing" },
        { "pagerduty", PagerDutyTriggered, "event.data.id=7", "event.data.id must be a string, not number" },
        { "pagerduty", PagerDutyTriggered, "event.occurred_at=now", "event.occurred_at is not a timestamp" },
        { "pagerduty", PagerDutyPriorityUpdated, "event.data.status=snoozed", "event.data.status must be \"triggered\", \"acknowledged\" or \"resolved\", not \"snoozed\"" },
        { "sentry", SentryEventAlert, "data.event.issue_id-", "data.event.issue_id is missing" },
        { "sentry", SentryEventAlert, "data.event.datetime=19 Aug", "data.event.datetime is not a timestamp" },
    };

    [Theory]
    [MemberData(nameof(ChangedFields))]
    public void A_wrong_field_is_named_with_what_it_should_be(string source, string[] fixture, string change, string expected)
    {
        var result = Parse(source, Changed(fixture, json => Apply(json, change)));

        Assert.True(result.IsInvalid, result.ToString());
        Assert.StartsWith(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "the body is empty; expected a JSON object")]
    [InlineData("[1,2]", "the body must be a JSON object, not array")]
    [InlineData("{\"status\": \"firing\",", "the body is not valid JSON (line 1, byte 20)")]
    [InlineData("status=firing", "the body is not valid JSON (line 1, byte 1)")]
    public void A_body_that_is_no_JSON_object_is_refused_saying_where(string body, string expected)
    {
        var result = Parse("alertmanager", Encoding.UTF8.GetBytes(body));

        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void A_body_over_the_limit_is_refused_unread()
    {
        var result = new AlertmanagerParser(new AlertLimits { MaxBodyBytes = 1000 }).Parse(WebhookHeaders.None, Bytes(AlertmanagerFiring));

        Assert.Equal($"the body is {Bytes(AlertmanagerFiring).Length} bytes; at most 1000 are accepted", result.Error);
    }

    [Fact]
    public void Invalid_UTF8_and_deep_nesting_are_errors_not_exceptions()
    {
        var deep = Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000));
        var notUtf8 = Encoding.UTF8.GetBytes("{\"status\":\"firing\",\"groupKey\":\"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        Assert.StartsWith("the body is not valid JSON", Parse("alertmanager", deep).Error, StringComparison.Ordinal);
        Assert.Equal("the body is not valid UTF-8 text", Parse("alertmanager", notUtf8).Error);
    }

    public static TheoryData<string, string[]> Fixtures => new()
    {
        { "alertmanager", AlertmanagerFiring },
        { "grafana", GrafanaMixed },
        { "grafana", Grafana11 },
        { "pagerduty", PagerDutyPriorityUpdated },
        { "sentry", SentryEventAlert },
        { "sentry", SentryPlugin },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_cut_short_published_body_is_refused_without_an_exception(string source, string[] fixture)
    {
        var body = Bytes(fixture);
        for (var length = 0; length < body.Length; length += 13)
        {
            var result = Parse(source, body[..length]);
            Assert.True(result.IsInvalid, $"{length} bytes: {result}");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_field_replaced_by_a_value_of_another_kind_gives_an_answer_without_an_exception(string source, string[] fixture)
    {
        var original = AlertFixtures.Json(fixture);
        foreach (var path in Paths(original).Take(400))
        {
            foreach (var replacement in new JsonNode?[] { null, 7, true, "x", new JsonArray(), new JsonObject() })
            {
                var changed = original.DeepClone();
                Set(changed, path, replacement?.DeepClone());
                var result = Parse(source, Encoding.UTF8.GetBytes(changed.ToJsonString()));
                Assert.True(result.IsParsed || result.IsIgnored || result.Error is { Length: > 0 }, $"{path}: {result}");
            }
        }
    }

    [Fact]
    public void Long_texts_are_cut_and_control_and_direction_characters_made_spaces()
    {
        var notification = Parse("alertmanager", Changed(AlertmanagerFiring, json =>
        {
            var annotations = json["alerts"]![0]!["annotations"]!;
            annotations["summary"] = "Disk\u202Efull\r\nnow\u0007!" + new string('x', 1000);
            annotations["description"] = "line one\r\nline two\u0000";
        })).Notification!;
        var alert = notification.Alerts[0];

        Assert.Equal(AlertLimits.Default.MaxTitleLength, alert.Title.Length);
        Assert.StartsWith("Disk full now !xxx", alert.Title, StringComparison.Ordinal);
        Assert.EndsWith("…", alert.Title, StringComparison.Ordinal);
        Assert.Equal("line one\nline two", alert.Description);
    }

    private static AlertParseResult Parse(string source, byte[] body)
    {
        var parser = AlertParsers.For(Enum.Parse<AlertSource>(source, ignoreCase: true));
        var headers = source == "sentry" && body.Length > 0 && Encoding.UTF8.GetString(body).Contains("\"triggered_rule\"", StringComparison.Ordinal)
            ? Headers(("Sentry-Hook-Resource", "event_alert"))
            : WebhookHeaders.None;
        return parser.Parse(headers, body);
    }

    /// <summary><c>a.0.b=value</c> sets (JSON when it parses, else a string), <c>a.0.b-</c> removes.</summary>
    private static void Apply(JsonObject json, string change)
    {
        if (change.EndsWith('-'))
        {
            var path = change[..^1].Split('.');
            ((JsonObject)Walk(json, path[..^1]))!.Remove(path[^1]);
            return;
        }

        var (at, text) = (change[..change.IndexOf('=')].Split('.'), change[(change.IndexOf('=') + 1)..]);
        JsonNode? value;
        try
        {
            value = text.Length == 0 ? JsonValue.Create("") : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            value = JsonValue.Create(text);
        }

        Set(json, string.Join('.', at), value);
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var steps = path.Split('.');
        var parent = Walk(root, steps[..^1]);
        if (parent is JsonArray array) array[int.Parse(steps[^1])] = value;
        else parent.AsObject()[steps[^1]] = value;
    }

    private static JsonNode Walk(JsonNode node, IEnumerable<string> steps) =>
        steps.Aggregate(node, (at, step) => at is JsonArray array ? array[int.Parse(step)]! : at[step]!);

    private static IEnumerable<string> Paths(JsonNode node, string prefix = "") => node switch
    {
        JsonObject o => o.Where(p => !p.Key.Contains('.')).SelectMany(p => Paths(p.Value!, Join(prefix, p.Key)).Prepend(Join(prefix, p.Key))).ToList(),
        JsonArray a => a.SelectMany((item, i) => item is null ? [Join(prefix, $"{i}")] : Paths(item, Join(prefix, $"{i}")).Prepend(Join(prefix, $"{i}"))).ToList(),
        _ => [],
    };

    private static string Join(string prefix, string step) => prefix.Length == 0 ? step : $"{prefix}.{step}";
}
