using System.Net;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// A Web API call that did not succeed: Slack answered <c>ok:false</c> (<see cref="Error"/> is Slack's error code),
/// stayed rate limited, failed with HTTP 5xx (<c>http_500</c>), timed out (<c>timeout</c>) or could not be reached
/// (<c>connection_failed</c>). See https://docs.slack.dev/apis/web-api/#responses.
/// </summary>
public sealed class SlackApiException(
    string method, string error, HttpStatusCode? status, IReadOnlyList<string>? messages = null, Exception? inner = null)
    : Exception(Describe(method, error, messages), inner), IDeliveryFailure
{
    /// <summary>Errors worth trying again later (https://docs.slack.dev/apis/web-api/#errors); the rest never succeed as sent.</summary>
    private static readonly HashSet<string> Transient =
        ["timeout", "connection_failed", "ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout", "invalid_response"];

    public string Method { get; } = method;

    public string Error { get; } = error;

    public HttpStatusCode? Status { get; } = status;

    public TimeSpan? RetryAfter { get; init; }

    public bool IsTransient => Transient.Contains(Error) || (int?)Status >= 500;

    /// <summary>Slack's <c>response_metadata.messages</c>, e.g. which argument was missing.</summary>
    public IReadOnlyList<string> Messages { get; } = messages ?? [];

    private static string Describe(string method, string error, IReadOnlyList<string>? messages) =>
        messages is { Count: > 0 }
            ? $"Slack {method} failed: {error} ({string.Join("; ", messages)})"
            : $"Slack {method} failed: {error}";
}
