using System.Net;
using System.Net.Sockets;

namespace ChatOps.Bot.Probes;

/// <summary>
/// Runs runbook probes. Redirects are followed only within the probe's own origin (same scheme, host and port, at most
/// <see cref="ProbeLimits.MaxRedirects"/>); a redirect anywhere else, a different port included, fails the probe
/// without being requested. At most <see cref="ProbeLimits.MaxBodyBytes"/> of an answer is read. The timeout runs on
/// the <see cref="TimeProvider"/> (the HTTP client has none of its own), and elapsed time is measured on it too, so a
/// test on a manual clock can time a probe out without waiting. Nothing throws: every outcome is a <see cref="ProbeResult"/>.
/// </summary>
public sealed class ProbeRunner : IDisposable
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ProbeLimits _limits;

    public ProbeRunner(TimeProvider time, ProbeLimits? limits = null)
    {
        _time = time;
        _limits = limits ?? ProbeLimits.Default;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Runs every probe at once, so a slow one delays none of the others; results in the order given.</summary>
    public Task<ProbeResult[]> RunAllAsync(IEnumerable<ProbeDefinition> probes, CancellationToken ct) =>
        Task.WhenAll(probes.Select(probe => RunAsync(probe, ct)));

    public async Task<ProbeResult> RunAsync(ProbeDefinition probe, CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        if (!probe.Url.IsAbsoluteUri || probe.Url.Scheme is not ("http" or "https"))
        {
            return Result(probe, started, null, "the URL must be an absolute http:// or https:// address");
        }

        using var timeout = new CancellationTokenSource(probe.Timeout, _time);
        using var both = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            return await FetchAsync(probe, started, both.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return Result(probe, started, null, "timed out");
        }
        catch (HttpRequestException e)
        {
            return Result(probe, started, null, Describe(e));
        }
        catch (InvalidOperationException e)
        {
            return Result(probe, started, null, $"the request could not be made ({e.Message})");
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<ProbeResult> FetchAsync(ProbeDefinition probe, long started, CancellationToken ct)
    {
        var url = probe.Url;
        var method = probe.Method;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(method, url);
            foreach (var (name, value) in probe.Headers)
            {
                if (!request.Headers.TryAddWithoutValidation(name, value) || value.Any(c => c is '\r' or '\n'))
                {
                    return Result(probe, started, null, $"header {name} cannot be sent (check its name and value)");
                }
            }

            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                var target = new Uri(url, location);
                if (!SameOrigin(target, probe.Url))
                {
                    return Result(probe, started, status, $"redirect to another host ({Protocol.TextCap.Cap(target.GetLeftPart(UriPartial.Path), 120)}) not followed");
                }

                if (redirects >= _limits.MaxRedirects) return Result(probe, started, status, $"more than {_limits.MaxRedirects} redirects");
                if (status == 303 || (status is 301 or 302 && method != HttpMethod.Head)) method = HttpMethod.Get;
                url = target;
                continue;
            }

            var body = await ProbeBody.ReadAsync(response.Content, _limits.MaxBodyBytes, ct).ConfigureAwait(false);
            var excerpt = body.Excerpt(_limits.ExcerptLength);
            if (status != probe.ExpectedStatus)
            {
                return Result(probe, started, status, probe.ExpectedStatus == 200 ? null : $"expected {probe.ExpectedStatus}", excerpt, passed: false);
            }

            var mismatch = probe.JsonField is { Length: > 0 } field
                ? ProbeJsonField.Mismatch(body, field, probe.ExpectedValue ?? "")
                : null;
            return Result(probe, started, status, mismatch, excerpt, passed: mismatch is null);
        }
    }

    /// <summary>Same scheme, host and port: <c>http://127.0.0.1:8080</c> and <c>http://127.0.0.1:8081</c> are two origins.</summary>
    private static bool SameOrigin(Uri target, Uri origin) =>
        target.IsAbsoluteUri
        && string.Equals(target.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(target.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase)
        && target.Port == origin.Port;

    private static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.ConnectionError when e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused",
        HttpRequestError.ConnectionError => "could not connect",
        HttpRequestError.NameResolutionError => "host not found",
        HttpRequestError.SecureConnectionError => "TLS handshake failed",
        HttpRequestError.ResponseEnded => "the connection closed before an answer",
        HttpRequestError.InvalidResponse => "the answer was not valid HTTP",
        _ => $"request failed ({e.HttpRequestError})",
    };

    private ProbeResult Result(ProbeDefinition probe, long started, int? status, string? failure, string excerpt = "", bool passed = false) => new()
    {
        Name = probe.Name,
        Passed = passed,
        StatusCode = status,
        Failure = passed ? null : failure,
        ElapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds,
        Excerpt = excerpt,
        At = _time.GetUtcNow(),
    };
}
