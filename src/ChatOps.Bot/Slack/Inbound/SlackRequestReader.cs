using System.Text;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>Reads a Slack request's raw body (bounded) and verifies its signature before anything else looks at it.</summary>
public sealed class SlackRequestReader(IOptions<SlackOptions> options, TimeProvider time)
{
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>The verified body text, or an error result to return as is (401 unverified, 413 too large).</summary>
    public async Task<(string? Body, IResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await Hosting.BoundedBody.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null) return (null, Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        var signature = new SlackSignature(options.Value.SigningSecret, time);
        if (!signature.IsValid(request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], body))
            return (null, Results.Text("Unverified request: the Slack signature or timestamp is missing, wrong or stale.", statusCode: StatusCodes.Status401Unauthorized));
        return (Encoding.UTF8.GetString(body), null);
    }
}
