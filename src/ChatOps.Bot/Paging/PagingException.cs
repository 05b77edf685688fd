using System.Net;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Paging;

/// <summary>
/// A page that did not go out. <see cref="IsTransient"/> says whether sending it again later can succeed (HTTP 429,
/// 5xx, timeout, no connection) or never will (PagerDuty 400, Opsgenie 4xx other than 429, a body the service
/// refuses by its documented limits), so the outbox's <c>RetryPolicy</c> retries or parks it.
/// </summary>
public sealed class PagingException(
    string service, string operation, HttpStatusCode? status, bool isTransient, string detail, Exception? inner = null)
    : Exception($"{service} {operation} failed: {detail}", inner), IDeliveryFailure
{
    /// <summary><c>pagerduty</c> or <c>opsgenie</c>.</summary>
    public string Service { get; } = service;

    /// <summary>What was asked, e.g. <c>trigger</c>, <c>acknowledge</c>, <c>create alert</c>.</summary>
    public string Operation { get; } = operation;

    /// <summary>The HTTP status answered; null when no answer came.</summary>
    public HttpStatusCode? Status { get; } = status;

    public bool IsTransient { get; } = isTransient;

    /// <summary>The service's own explanation (PagerDuty's <c>message</c> and <c>errors</c>, Opsgenie's <c>message</c>), or what went wrong on the way.</summary>
    public string Detail { get; } = detail;

    public TimeSpan? RetryAfter { get; init; }
}
