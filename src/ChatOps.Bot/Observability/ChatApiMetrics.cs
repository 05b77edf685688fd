using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;

namespace ChatOps.Bot.Observability;

/// <summary>
/// Every HTTP call to a chat platform's API, by platform, method and HTTP status (<c>chatops_chat_api_calls_total</c>):
/// rate limiting shows as <c>status="429"</c>, a call that got no answer at all as <c>status="none"</c>. Each attempt
/// counts, so a call retried after a 429 counts twice.
/// </summary>
public sealed class ChatApiMetrics
{
    private readonly Counter<long> _calls;

    public ChatApiMetrics(IMeterFactory factory) =>
        _calls = BotMeter.Of(factory).CreateCounter<long>("chatops.chat_api.calls",
            description: "HTTP calls to Slack's Web API and Teams' Bot Connector and Graph, by platform, method and HTTP status.");

    public void Called(string platform, string method, HttpStatusCode? status) =>
        _calls.Add(1, new TagList { { "platform", platform }, { "method", method }, { "status", status is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : "none" } });
}
