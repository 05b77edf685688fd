using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>
/// Microsoft's side of a Teams bot on loopback, speaking real HTTP: the Bot Framework OpenID metadata and signing keys,
/// the Entra token endpoint, the Bot Connector (<c>/connector/v3/...</c>) and Microsoft Graph (<c>/graph/v1.0/...</c>).
/// It checks requests the way the services do (tokens per audience, bodies against the published schemas), keeps
/// state (channels, posts, members), records every call and lets tests script failures.
/// </summary>
public sealed partial class FakeTeamsServer : IAsyncDisposable
{
    public const string AppId = "6f0b7e34-0d2c-4c1c-9d7a-3f1e0c5a9b21";
    public const string AppPassword = "test-client-secret";
    public const string TenantId = "50612dbb-0237-4969-b378-8d42590f9c00";
    public const string TeamId = "4efdf392-8225-4763-9e7f-4edeb7f721aa";
    public const string BotId = "28:" + AppId;

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<TeamsCall> _calls = [];
    private readonly List<(Func<TeamsCall, bool> Match, TaskCompletionSource<TeamsCall> Done)> _waiters = [];
    private readonly List<(string Method, string Prefix, Func<HttpResponse, Task> Answer)> _scripted = [];
    private Uri _root = null!;

    private FakeTeamsServer(WebApplication app) => _app = app;

    public Uri Root => _root;

    /// <summary>The service URL the fake Bot Connector answers on, as Teams puts it in activities.</summary>
    public string ServiceUrl => new Uri(_root, "connector/").ToString();

    public string OpenIdMetadataUrl => new Uri(_root, "openid/.well-known/openidconfiguration").ToString();
    public string TokenEndpoint => new Uri(_root, $"{TenantId}/oauth2/v2.0/token").ToString();
    public string GraphBaseUrl => new Uri(_root, "graph/v1.0/").ToString();

    public IReadOnlyList<TeamsCall> Calls
    {
        get { lock (_gate) { return _calls.ToList(); } }
    }

    /// <summary>The settings that point the bot at this fake.</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["Teams:AppId"] = AppId,
        ["Teams:AppPassword"] = AppPassword,
        ["Teams:TenantId"] = TenantId,
        ["Teams:TeamId"] = TeamId,
        ["Teams:OpenIdMetadataUrl"] = OpenIdMetadataUrl,
        ["Teams:TokenEndpoint"] = TokenEndpoint,
        ["Teams:GraphBaseUrl"] = GraphBaseUrl,
        ["Teams:ServiceUrl"] = ServiceUrl,
        ["Teams:PostInterval"] = "00:00:00",
    };

    public static async Task<FakeTeamsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeTeamsServer(app);
        server.MapIdentity(app);
        server.MapConnector(app);
        server.MapGraph(app);
        app.MapFallback(server.NotFoundAsync);
        await app.StartAsync();
        server._root = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next <paramref name="method"/> request under <paramref name="pathPrefix"/> gets this status (with Retry-After in seconds when given).</summary>
    public void FailNext(string method, string pathPrefix, int status, string? retryAfter = null)
    {
        lock (_gate)
        {
            _scripted.Add((method, pathPrefix, async response =>
            {
                response.StatusCode = status;
                if (retryAfter is not null) response.Headers.RetryAfter = retryAfter;
                await response.WriteAsJsonAsync(new { error = new { code = status == 429 ? "TooManyRequests" : "ServiceError", message = $"Scripted {status}" } });
            }));
        }
    }

    /// <summary>The first call (received or to come) that matches; a <see cref="TimeoutException"/> listing what came when none does in time.</summary>
    public async Task<TeamsCall> WaitForCallAsync(Func<TeamsCall, bool> match, TimeSpan timeout, string what = "call")
    {
        TaskCompletionSource<TeamsCall> done;
        lock (_gate)
        {
            if (_calls.FirstOrDefault(match) is { } seen) return seen;
            done = new TaskCompletionSource<TeamsCall>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
        }
        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching {what} within {timeout}; received: {string.Join(", ", Calls.Select(c => $"{c.Method} {c.Path}"))}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Reads and records a request; fails it when an outage covers it, or answers it with a scripted failure when one is queued for it (returns true).</summary>
    private async Task<(TeamsCall Call, bool Answered)> ReceiveAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "");
        var call = new TeamsCall(context.Request.Method, path, body, context.Request.Headers.Authorization.ToString());
        lock (_gate)
        {
            _calls.Add(call);
            foreach (var waiter in _waiters.Where(w => w.Match(call)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(call);
            }
        }
        if (await OutageAsync(context, call)) return (call, true);
        Func<HttpResponse, Task>? scripted = null;
        lock (_gate)
        {
            var index = _scripted.FindIndex(s => call.Is(s.Method, s.Prefix));
            if (index >= 0)
            {
                scripted = _scripted[index].Answer;
                _scripted.RemoveAt(index);
            }
        }
        if (scripted is null) return (call, false);
        await scripted(context.Response);
        return (call, true);
    }

    /// <summary>A request for a path the services do not have (a service URL joined badly, say): recorded, and answered 404.</summary>
    private async Task NotFoundAsync(HttpContext context)
    {
        var (_, answered) = await ReceiveAsync(context);
        if (!answered) await ErrorAsync(context.Response, 404, "NotFound", $"No such resource: {context.Request.Path}.");
    }

    private static Task ErrorAsync(HttpResponse response, int status, string code, string message)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(new { error = new { code, message } });
    }

    private static Task JsonAsync(HttpResponse response, JsonNode body, int status = 200)
    {
        response.StatusCode = status;
        response.ContentType = "application/json";
        return response.WriteAsync(body.ToJsonString());
    }
}
