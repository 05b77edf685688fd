using System.Net;
using ChatOps.Bot.Tests.Alerts.Verification;
using ChatOps.Tests.Shared;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Host;

/// <summary>
/// Every alert endpoint verifies before it stores anything: a missing or wrong token or signature gets 401 with the
/// reason, a body that is not the source's JSON gets 400 saying what is wrong, an oversized one 413; none stores a thing.
/// </summary>
public sealed class AlertWebhookRefusalTests : AlertHostTest
{
    /// <summary>A published body of each source and the headers that prove it, or fail to.</summary>
    private static (byte[] Body, (string, string)[] Headers) Request(string source, string proof)
    {
        var body = Body(source);
        return (body, source switch
        {
            "alertmanager" => proof switch
            {
                "missing" => [],
                "wrong" => [("Authorization", "Bearer not-the-token")],
                _ => [("Authorization", $"Bearer {Token}")],
            },
            "grafana" => proof switch
            {
                "missing" => [],
                "wrong" => [("X-Grafana-Alerting-Signature", HexSignature.Of("another-secret", body))],
                _ => [("X-Grafana-Alerting-Signature", HexSignature.Of(GrafanaSecret, body))],
            },
            "pagerduty" => proof switch
            {
                "missing" => [("X-Webhook-Id", "w-1")],
                "wrong" => [("X-Webhook-Id", "w-1"), ("X-PagerDuty-Signature", "v1=" + HexSignature.Of("another-secret", body))],
                _ => [("X-Webhook-Id", "w-1"), ("X-PagerDuty-Signature", "v1=" + HexSignature.Of(PagerDutySecret, body))],
            },
            _ => proof switch
            {
                "missing" => [("Sentry-Hook-Resource", "event_alert")],
                "wrong" => [("Sentry-Hook-Resource", "event_alert"), ("Sentry-Hook-Signature", HexSignature.Of("another-secret", body))],
                _ => [("Sentry-Hook-Resource", "event_alert"), ("Sentry-Hook-Signature", HexSignature.Of(SentrySecret, body))],
            },
        });
    }

    private static byte[] Body(string source) => source switch
    {
        "alertmanager" => Bytes(AlertmanagerFiring),
        "grafana" => Bytes(GrafanaDocs),
        "pagerduty" => Bytes(PagerDutyTriggered),
        _ => Bytes(SentryEventAlert),
    };

    [Theory]
    [InlineData("alertmanager", "missing", "no Authorization header")]
    [InlineData("alertmanager", "wrong", "the bearer token does not match")]
    [InlineData("grafana", "missing", "no X-Grafana-Alerting-Signature header; and no Authorization header")]
    [InlineData("grafana", "wrong", "X-Grafana-Alerting-Signature does not match the body")]
    [InlineData("pagerduty", "missing", "no X-PagerDuty-Signature header")]
    [InlineData("pagerduty", "wrong", "no v1= signature in X-PagerDuty-Signature matches the body")]
    [InlineData("sentry", "missing", "no Sentry-Hook-Signature header")]
    [InlineData("sentry", "wrong", "Sentry-Hook-Signature does not match the body")]
    public async Task A_missing_or_wrong_token_or_signature_gets_401_and_stores_nothing(string source, string proof, string reason)
    {
        var (body, headers) = Request(source, proof);

        var response = await PostAsync(source, body, headers);

        await AssertAnsweredAsync(response, HttpStatusCode.Unauthorized, $"Unverified {source} webhook: {reason}");
        Assert.DoesNotContain('\n', await response.Content.ReadAsStringAsync());
        await AssertNothingStoredAsync();
    }

    [Theory]
    [InlineData("alertmanager", "groupKey is missing")]
    [InlineData("grafana", "groupKey is missing")]
    [InlineData("pagerduty", "event.event_type")]
    [InlineData("sentry", "action is missing")]
    public async Task A_verified_body_that_is_not_the_sources_JSON_gets_400_saying_what_is_wrong_and_stores_nothing(string source, string wrong)
    {
        // A published Slack event posted to an alert URL, with a valid token or signature over it.
        var body = File.ReadAllBytes(RepoFiles.Reference("slack", "payloads", "event_callback.reaction_added.slack-docs.json"));
        var headers = Request(source, "right").Headers
            .Select(h => h.Item1 is "Authorization" or "X-Webhook-Id" or "Sentry-Hook-Resource" ? h : (h.Item1, Resign(source, body)))
            .ToArray();

        var response = await PostAsync(source, body, headers);

        await AssertAnsweredAsync(response, HttpStatusCode.BadRequest, $"Not a {source} webhook body: ");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(wrong, text);
        Assert.Contains("This URL takes", text);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_400()
    {
        var response = await AlertmanagerAsync("receiver=ops&status=firing"u8.ToArray());

        await AssertAnsweredAsync(response, HttpStatusCode.BadRequest, "Not a alertmanager webhook body: the body is not valid JSON");
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_and_stores_nothing()
    {
        var response = await AlertmanagerAsync(new byte[Bot.Alerts.AlertLimits.Default.MaxBodyBytes + 1]);

        await AssertAnsweredAsync(response, HttpStatusCode.RequestEntityTooLarge, "larger than 1024 KB");
        await AssertNothingStoredAsync();
    }

    private static string Resign(string source, byte[] body) => source switch
    {
        "grafana" => HexSignature.Of(GrafanaSecret, body),
        "pagerduty" => "v1=" + HexSignature.Of(PagerDutySecret, body),
        _ => HexSignature.Of(SentrySecret, body),
    };
}
