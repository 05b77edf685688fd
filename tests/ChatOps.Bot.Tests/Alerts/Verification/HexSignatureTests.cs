using System.Text.Json;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Verification;

/// <summary>The test's own signer reproduces PagerDuty's published vector, so the Grafana and Sentry tests sign as those services do.</summary>
public sealed class HexSignatureTests
{
    [Fact]
    public void The_signer_reproduces_the_published_PagerDuty_signature()
    {
        var vector = JsonDocument.Parse(Bytes("pagerduty-v3", "signature-vector.go-pagerduty.json")).RootElement;
        var valid = vector.GetProperty("cases")[0].GetProperty("header_value").GetString()!;

        Assert.Equal(valid, "v1=" + HexSignature.Of(vector.GetProperty("secret").GetString()!, Bytes(PagerDutySignedBody)));
    }
}
