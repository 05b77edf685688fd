using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// Reads a Slack request's raw body (bounded) and verifies its signature before anything else looks at it, then
/// checks it carries the content type Slack uses for that endpoint.
/// </summary>
public sealed class SlackRequestReader(IOptions<SlackOptions> options, TimeProvider time)
{
    public const int MaxBodyBytes = 512 * 1024;
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";

    /// <summary>
    /// How inbound JSON is read: a repeated key is refused rather than one of its values picked, and nesting stops at
    /// the default depth of 64.
    /// </summary>
    public static readonly JsonDocumentOptions JsonOptions = new() { AllowDuplicateProperties = false };

    /// <summary>
    /// Whether parsing with <see cref="JsonOptions"/> failed on the body rather than on the bot: JSON that does not parse,
    /// and keys that are half a surrogate pair (<c>"\ud800"</c>), on which the repeated-key check throws
    /// <see cref="InvalidOperationException"/>.
    /// </summary>
    public static bool IsUnreadable(Exception parsing) => parsing is JsonException or InvalidOperationException;

    /// <summary>
    /// The verified body text, or an error result to return as is: 413 too large, 401 unverified, 415 not
    /// <paramref name="mediaType"/>.
    /// </summary>
    public async Task<(string? Body, IResult? Refusal)> ReadAsync(HttpRequest request, string mediaType, CancellationToken ct)
    {
        var body = await Web.BoundedBody.ReadAsync(request, MaxBodyBytes, ct);
        if (body is null) return (null, TooLarge());
        var signature = new SlackSignature(options.Value.SigningSecret, time);
        if (!signature.IsValid(request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], body))
            return (null, Results.Text("Unverified request: the Slack signature or timestamp is missing, wrong or stale.", statusCode: StatusCodes.Status401Unauthorized));
        if (!IsMediaType(request.ContentType, mediaType))
            return (null, Results.Text($"This endpoint takes {mediaType}, as Slack sends it; got '{request.ContentType}'.", statusCode: StatusCodes.Status415UnsupportedMediaType));
        return (Encoding.UTF8.GetString(body), null);
    }

    private static IResult TooLarge() =>
        Results.Text($"The request body is too large: Slack's requests are far below {MaxBodyBytes / 1024} KB.", statusCode: StatusCodes.Status413PayloadTooLarge);

    private static bool IsMediaType(string? contentType, string expected) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && string.Equals(parsed.MediaType, expected, StringComparison.OrdinalIgnoreCase);
}
