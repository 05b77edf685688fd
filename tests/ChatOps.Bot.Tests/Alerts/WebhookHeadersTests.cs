using ChatOps.Bot.Alerts;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace ChatOps.Bot.Tests.Alerts;

/// <summary>Headers are looked up whatever their case, and a header sent twice reads as one comma-separated value.</summary>
public sealed class WebhookHeadersTests
{
    [Fact]
    public void Names_match_whatever_their_case()
    {
        var headers = WebhookHeaders.From([KeyValuePair.Create("x-pagerduty-signature", "v1=ab")]);

        Assert.Equal("v1=ab", headers["X-PagerDuty-Signature"]);
        Assert.Null(headers["X-Webhook-Id"]);
    }

    [Fact]
    public void A_header_sent_twice_reads_as_the_comma_separated_list_PagerDuty_rotation_uses()
    {
        var request = new HeaderDictionary { ["X-PagerDuty-Signature"] = new StringValues(["v1=aa", "v1=bb"]) };

        Assert.Equal("v1=aa,v1=bb", WebhookHeaders.From(request)["x-pagerduty-signature"]);
        Assert.Equal("v1=aa,v1=bb", WebhookHeaders.From([KeyValuePair.Create("X-PagerDuty-Signature", "v1=aa"), KeyValuePair.Create("x-pagerduty-signature", "v1=bb")])["X-PagerDuty-Signature"]);
    }
}
