using System.Net;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Teams.Connector;

/// <summary>
/// A call to the Bot Connector, Microsoft Graph or the token endpoint that did not succeed, after the retries the bot
/// allows itself: <see cref="StatusCode"/> is the last HTTP status (null when the service could not be reached or did
/// not answer in time) and <see cref="RetryAfter"/> what the service last asked to wait, so a caller with a durable
/// queue can decide when to try again.
/// </summary>
public sealed class TeamsApiException(string operation, HttpStatusCode? statusCode, string detail, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception($"Teams {operation} failed: {detail}", inner), IDeliveryFailure
{
    public string Operation { get; } = operation;

    public HttpStatusCode? StatusCode { get; } = statusCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>
    /// Worth trying again later: no answer at all, throttling (429), a precondition race (412), a timeout (408) or a
    /// server error (5xx). Other 4xx (a missing permission, a channel that does not exist) will fail the same way again.
    /// </summary>
    public bool IsTransient => StatusCode is null or HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout || (int?)StatusCode >= 500;

    /// <summary>The service's error code (Graph's <c>error.code</c>, the connector's <c>error.code</c>), when it sent one.</summary>
    public string? ErrorCode { get; init; }
}
