using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using ChatOps.Bot.Observability;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Slack.Api;

/// <summary>
/// A thin, typed client for the Slack Web API methods the bot uses (https://docs.slack.dev/apis/web-api/).
/// Every call is a form POST with the bot token as a bearer header; <c>ok:false</c> becomes a
/// <see cref="SlackApiException"/>, HTTP 429 is waited out on the <see cref="TimeProvider"/> and retried.
/// HTTP 5xx is not retried here: the durable outbound queue owns that. Every attempt is counted in <see cref="ChatApiMetrics"/>.
/// </summary>
public sealed partial class SlackApiClient(HttpClient http, SlackApiOptions options, TimeProvider time, ChatApiMetrics metrics, ILogger<SlackApiClient> logger)
{
    private const string Platform = "slack";
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    private readonly PostPacer _pacer = new(options.PostInterval, time);

    /// <param name="token">The bearer token; the bot token unless a method needs another (an app-level token).</param>
    private async Task<JsonElement> CallAsync(string method, IReadOnlyList<KeyValuePair<string, string>> args, CancellationToken ct, string? token = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await SendAsync(method, args, token ?? options.BotToken, ct).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                if (attempt >= options.MaxRetries)
                {
                    throw new SlackApiException(method, "ratelimited", response.StatusCode) { RetryAfter = RetryAfter(response) };
                }

                var delay = RetryAfter(response);
                logger.LogWarning("Slack {Method} rate limited; retrying in {Delay} (attempt {Attempt} of {Max})", method, delay, attempt + 1, options.MaxRetries);
                await Task.Delay(delay, time, ct).ConfigureAwait(false);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(method, $"http_{(int)response.StatusCode}", response.StatusCode);
            }

            return await ReadResultAsync(method, response, ct).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string method, IReadOnlyList<KeyValuePair<string, string>> args, string token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.ApiBaseUrl, method))
        {
            Content = new FormUrlEncodedContent(args),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            metrics.Called(Platform, method, response.StatusCode);
            return response;
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            metrics.Called(Platform, method, null);
            throw new SlackApiException(method, "timeout", null, inner: e);
        }
        catch (HttpRequestException e)
        {
            metrics.Called(Platform, method, e.StatusCode);
            throw new SlackApiException(method, "connection_failed", e.StatusCode, inner: e);
        }
    }

    private static async Task<JsonElement> ReadResultAsync(string method, HttpResponseMessage response, CancellationToken ct)
    {
        JsonElement root;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: ct).ConfigureAwait(false);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new SlackApiException(method, "invalid_response", response.StatusCode, inner: e);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : "unknown_error";
            throw new SlackApiException(method, error, response.StatusCode, Messages(root));
        }

        return root;
    }

    private static List<string> Messages(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("response_metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
        && meta.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
            ? messages.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToList()
            : [];

    private TimeSpan RetryAfter(HttpResponseMessage response) => RetryAfterHeader.Read(response, time) ?? DefaultRetryAfter;

    /// <summary>Calls a method and treats the listed Slack errors as success (e.g. <c>already_in_channel</c>).</summary>
    private async Task CallToleratingAsync(string method, IReadOnlyList<KeyValuePair<string, string>> args, CancellationToken ct, params string[] harmlessErrors)
    {
        try
        {
            await CallAsync(method, args, ct).ConfigureAwait(false);
        }
        catch (SlackApiException e) when (harmlessErrors.Contains(e.Error, StringComparer.Ordinal))
        {
            logger.LogDebug("Slack {Method} answered {Error}; nothing to do", method, e.Error);
        }
    }

    private static string RequiredString(string method, JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new SlackApiException(method, $"missing_{property}_in_response", HttpStatusCode.OK);
}
