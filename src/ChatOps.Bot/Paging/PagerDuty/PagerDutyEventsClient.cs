using System.Net.Mime;
using System.Text;
using System.Text.Json;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Paging.PagerDuty;

/// <summary>
/// A thin client of PagerDuty's Events API v2 (<c>POST https://events.pagerduty.com/v2/enqueue</c>; the routing key in
/// the body is the only credential). 202 returns <see cref="PagerDutyAccepted"/>; anything else throws a
/// <see cref="PagingException"/>: 400 never succeeds as sent, 429 and 5xx are worth retrying after <c>Retry-After</c>
/// (developer.pagerduty.com, events-API-v2 "Response Codes &amp; Retry Logic"). It does not retry: the outbox does.
/// </summary>
public sealed class PagerDutyEventsClient(HttpClient http, PagerDutyEventsOptions options, TimeProvider time)
{
    public const string Service = "pagerduty";

    /// <summary>Events API payloads are limited to 512 KB.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    private readonly PagingCall _call = new(http, time, Service);

    public async Task<PagerDutyAccepted> SendAsync(PagerDutyEvent ev, CancellationToken ct)
    {
        var operation = ev.Action.ToString().ToLowerInvariant();
        Check(ev, operation);
        var body = Encoding.UTF8.GetBytes(PagerDutyEventBody.Write(ev, options.ClientName).ToJsonString());
        if (body.Length > MaxBodyBytes)
        {
            throw Refused(operation, $"the event is {body.Length} bytes; PagerDuty accepts at most {MaxBodyBytes} (shorten custom_details)");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, options.EventsUrl)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new(MediaTypeNames.Application.Json) } },
        };
        var answer = await _call.SendAsync(request, operation, Describe, ct).ConfigureAwait(false);
        var dedupKey = answer.Str("dedup_key");
        return new PagerDutyAccepted(dedupKey.Length > 0 ? dedupKey : ev.DedupKey, answer.Str("message"));
    }

    public Task<PagerDutyAccepted> TriggerAsync(string routingKey, string dedupKey, PagerDutyPayload payload, CancellationToken ct) =>
        SendAsync(PagerDutyEvent.Trigger(routingKey, dedupKey, payload), ct);

    public Task<PagerDutyAccepted> AcknowledgeAsync(string routingKey, string dedupKey, CancellationToken ct) =>
        SendAsync(PagerDutyEvent.Acknowledge(routingKey, dedupKey), ct);

    public Task<PagerDutyAccepted> ResolveAsync(string routingKey, string dedupKey, CancellationToken ct) =>
        SendAsync(PagerDutyEvent.Resolve(routingKey, dedupKey), ct);

    /// <summary>What PagerDuty would refuse with a 400 is refused here without asking, as permanently.</summary>
    private static void Check(PagerDutyEvent ev, string operation)
    {
        if (string.IsNullOrWhiteSpace(ev.RoutingKey)) throw Refused(operation, "the routing key (integration key) is empty");
        if (string.IsNullOrWhiteSpace(ev.DedupKey)) throw Refused(operation, "the dedup key is empty");
        if (ev.DedupKey.Length > PagerDutyEventBody.MaxDedupKeyLength)
        {
            throw Refused(operation, $"the dedup key is {ev.DedupKey.Length} characters; PagerDuty accepts at most {PagerDutyEventBody.MaxDedupKeyLength}");
        }

        if (ev.Action != PagerDutyAction.Trigger) return;
        if (ev.Payload is not { } payload) throw Refused(operation, "a trigger needs a payload (summary, source, severity)");
        if (string.IsNullOrWhiteSpace(payload.Summary) || string.IsNullOrWhiteSpace(payload.Source))
        {
            throw Refused(operation, "a trigger's payload needs a summary and a source");
        }
    }

    /// <summary>PagerDuty's error body: <c>{"status":"invalid","message":"Event object is invalid","errors":[...]}</c>.</summary>
    private static string Describe(JsonElement error)
    {
        var message = error.Str("message");
        var errors = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];
        return errors.Count > 0 ? $"{message} ({string.Join("; ", errors)})" : message;
    }

    private static PagingException Refused(string operation, string detail) => new(Service, operation, null, isTransient: false, detail);
}
