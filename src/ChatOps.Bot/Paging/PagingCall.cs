using System.Net;
using System.Text;
using System.Text.Json;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Paging;

/// <summary>
/// One request to a paging service and the reading of its answer by the rules both services document: 2xx accepted;
/// 429 and 5xx worth retrying (honouring <c>Retry-After</c>); any other status never succeeds as sent; a timeout or
/// lost connection is worth retrying. Answers are read up to 64 KB.
/// </summary>
internal sealed class PagingCall(HttpClient http, TimeProvider time, string service)
{
    private const int MaxAnswerBytes = 64 * 1024;

    /// <summary>The JSON of a 2xx answer (an empty object when it had none).</summary>
    public async Task<JsonElement> SendAsync(
        HttpRequestMessage request, string operation, Func<JsonElement, string> describeError, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new PagingException(service, operation, null, isTransient: true, "no answer in time", e);
        }
        catch (HttpRequestException e)
        {
            throw new PagingException(service, operation, e.StatusCode, isTransient: true, $"could not reach the service ({e.HttpRequestError})", e);
        }

        using (response)
        {
            var answer = await ReadAsync(response, ct).ConfigureAwait(false);
            if (response.IsSuccessStatusCode) return answer ?? EmptyObject();
            var status = (int)response.StatusCode;
            var transient = status == 429 || status >= 500;
            var said = answer is { } json ? describeError(json) : "";
            throw new PagingException(service, operation, response.StatusCode, transient,
                $"HTTP {status} {response.ReasonPhrase}{(said.Length > 0 ? ": " + said : "")}")
            {
                RetryAfter = transient ? RetryAfter(response) : null,
            };
        }
    }

    /// <summary>The body as JSON, or null when there is none or it is not JSON (a proxy's HTML error page).</summary>
    private async Task<JsonElement?> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            var buffer = new byte[MaxAnswerBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            if (length == 0) return null;
            using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
        catch (Exception e) when (e is IOException or HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // The status line already says what happened; a body cut short adds nothing.
            return null;
        }
    }

    /// <summary><c>Retry-After</c>, else Opsgenie's <c>X-RateLimit-Period-In-Sec</c> (declared in its OAS) on a 429.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (RetryAfterHeader.Read(response, time) is { } asked) return asked;
        return response.StatusCode == HttpStatusCode.TooManyRequests
               && response.Headers.TryGetValues("X-RateLimit-Period-In-Sec", out var values)
               && int.TryParse(values.FirstOrDefault(), out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    private static JsonElement EmptyObject()
    {
        using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes("{}"));
        return document.RootElement.Clone();
    }
}
