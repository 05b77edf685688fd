using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ChatOps.Bot.Observability;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Teams.Connector;

/// <summary>
/// Sends the bot's calls to the Bot Connector and Graph with an access token, and rides out what both services ask
/// callers to retry: 429 (throttled), 412 (precondition, e.g. a concurrent update), 502 and 504, waiting
/// <c>Retry-After</c> when given and an exponential back-off otherwise, on the injected clock, at most
/// <see cref="TeamsOptions.MaxRetries"/> times and never longer than <see cref="TeamsOptions.MaxRetryWait"/> at once.
/// A refused token (401) is renewed once. Anything else, or the last failure, becomes a <see cref="TeamsApiException"/>
/// (which the outbox classifies and retries later). Every attempt is counted in <see cref="ChatApiMetrics"/>, by operation.
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit
/// </summary>
public sealed class TeamsHttp(IHttpClientFactory clients, AccessTokens tokens, IOptions<TeamsOptions> options, TimeProvider time, ChatApiMetrics metrics, ILogger<TeamsHttp> logger)
{
    public const string HttpClientName = "teams-api";
    private const string Platform = "teams";
    public static readonly IReadOnlySet<HttpStatusCode> Retried = new HashSet<HttpStatusCode>
    {
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout,
    };

    private static readonly TimeSpan FirstBackOff = TimeSpan.FromSeconds(1);

    /// <summary>Sends a JSON body (or none) and returns the JSON answer (an empty object when there was none).</summary>
    public async Task<JsonElement> SendAsync(string operation, HttpMethod method, Uri uri, JsonNode? body, string scope, CancellationToken ct)
    {
        var renewed = false;
        for (var attempt = 0; ; attempt++)
        {
            using var response = await SendOnceAsync(operation, method, uri, body, scope, ct);
            if (response.IsSuccessStatusCode) return await ReadAsync(response, ct);
            if (response.StatusCode == HttpStatusCode.Unauthorized && !renewed)
            {
                renewed = true;
                tokens.Forget(scope);
                continue;
            }
            var retryAfter = RetryAfterHeader.Read(response, time);
            var error = await ErrorAsync(response, ct);
            var delay = retryAfter ?? FirstBackOff * Math.Pow(2, attempt);
            if (!Retried.Contains(response.StatusCode) || attempt >= options.Value.MaxRetries || delay > options.Value.MaxRetryWait)
                throw new TeamsApiException(operation, response.StatusCode, $"HTTP {(int)response.StatusCode} {error.Message}".TrimEnd(), retryAfter) { ErrorCode = error.Code };
            logger.LogWarning("Teams {Operation} answered {Status}; retrying in {Delay} (attempt {Attempt} of {Max})", operation, (int)response.StatusCode, delay, attempt + 1, options.Value.MaxRetries);
            await Task.Delay(delay, time, ct);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(string operation, HttpMethod method, Uri uri, JsonNode? body, string scope, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(scope, ct));
        if (body is not null) request.Content = JsonContent.Create(body);
        try
        {
            var response = await clients.CreateClient(HttpClientName).SendAsync(request, ct);
            metrics.Called(Platform, operation, response.StatusCode);
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            metrics.Called(Platform, operation, null);
            throw new TeamsApiException(operation, null, $"{uri.GetLeftPart(UriPartial.Authority)} could not be reached ({ex.Message})", inner: ex);
        }
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(text)) return JsonDocument.Parse("{}").RootElement;
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonDocument.Parse("{}").RootElement;
        }
    }

    /// <summary>Graph and the connector both answer errors as <c>{"error":{"code","message"}}</c>.</summary>
    private static async Task<(string? Code, string Message)> ErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await ReadAsync(response, ct);
        if (body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            return (Str(error, "code"), Str(error, "message") ?? "");
        return (null, "");
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
