using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>
/// A Slack Web API that speaks real HTTP on loopback. It checks every call the way Slack would (bearer token, method
/// exists in the published spec, required and JSON-valued arguments), answers statefully (channels, messages, views,
/// users, uploads), records everything, and lets a test script HTTP failures and Slack errors.
/// </summary>
public sealed partial class FakeSlackServer : IAsyncDisposable
{
    public const string BotUserId = "U0BOT0001";

    private readonly WebApplication _app;
    private readonly SlackWebApiSpec _spec = SlackWebApiSpec.Instance;
    private readonly Lock _gate = new();
    private readonly List<SlackCall> _calls = [];
    private readonly List<CallWaiter> _waiters = [];
    private readonly Dictionary<string, Queue<Func<HttpResponse, Task>>> _scripted = new(StringComparer.Ordinal);
    private readonly List<ResponseUrlPost> _responsePosts = [];
    private Uri _root = null!;
    private Func<HttpResponse, Task>? _outage;

    private FakeSlackServer(WebApplication app) => _app = app;

    /// <summary><c>http://127.0.0.1:PORT/api/</c>: the client's ApiBaseUrl.</summary>
    public Uri BaseUrl => new(_root, "api/");

    public IReadOnlyList<SlackCall> Calls
    {
        get { lock (_gate) { return _calls.ToList(); } }
    }

    public IReadOnlyList<ResponseUrlPost> ResponsePosts
    {
        get { lock (_gate) { return _responsePosts.ToList(); } }
    }

    public static async Task<FakeSlackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeSlackServer(app);
        app.UseWebSockets();
        app.Map("/socket", (RequestDelegate)server.HandleSocketAsync);
        app.MapMethods("/api/{method}", ["GET", "POST"], (RequestDelegate)server.HandleApiAsync);
        app.MapPost("/upload/{fileId}", (RequestDelegate)server.HandleUploadAsync);
        app.MapPost("/response/{id}", (RequestDelegate)server.HandleResponseUrlAsync);
        await app.StartAsync();
        server._root = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>A response_url on this server; posts to it land in <see cref="ResponsePosts"/>.</summary>
    public Uri ResponseUrl(string id) => new(_root, $"response/{Uri.EscapeDataString(id)}");

    /// <summary>The next call of <paramref name="method"/> gets this HTTP status (with Retry-After when given) instead of an answer.</summary>
    public void FailNext(string method, int status, string? retryAfterSeconds = null) => Script(method, async response =>
    {
        response.StatusCode = status;
        if (retryAfterSeconds is not null)
        {
            response.Headers.RetryAfter = retryAfterSeconds;
        }

        await WriteJsonAsync(response, Error(status == 429 ? "ratelimited" : "fatal_error"));
    });

    /// <summary>
    /// Until <see cref="EndOutage"/>, every Web API call (or only those of <paramref name="methods"/>) and every
    /// response_url post gets this HTTP status (with Retry-After when given).
    /// </summary>
    public void BeginOutage(int status, string? retryAfterSeconds = null, params string[] methods)
    {
        lock (_gate)
        {
            _outageMethods = methods.Length == 0 ? null : [.. methods];
            _outage = async response =>
            {
                response.StatusCode = status;
                if (retryAfterSeconds is not null)
                {
                    response.Headers.RetryAfter = retryAfterSeconds;
                }

                await WriteJsonAsync(response, Error(status == 429 ? "ratelimited" : "fatal_error"));
            };
        }
    }

    public void EndOutage()
    {
        lock (_gate)
        {
            _outage = null;
        }
    }

    /// <summary>The next call of <paramref name="method"/> gets HTTP 200 with <c>ok:false</c> and this error.</summary>
    public void FailNextWithError(string method, string error) => Script(method, response => WriteJsonAsync(response, Error(error)));

    /// <summary>
    /// The first call (already received or still to come) of <paramref name="method"/> that satisfies <paramref name="match"/>.
    /// Throws <see cref="TimeoutException"/> when none arrives within <paramref name="timeout"/>.
    /// </summary>
    public async Task<SlackCall> WaitForCallAsync(string method, Func<SlackCall, bool>? match, TimeSpan timeout)
    {
        CallWaiter waiter;
        lock (_gate)
        {
            var seen = _calls.FirstOrDefault(c => c.Method == method && (match is null || match(c)));
            if (seen is not null)
            {
                return seen;
            }

            waiter = new CallWaiter(method, match);
            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }

            throw new TimeoutException(
                $"No matching {method} call within {timeout}; received: {string.Join(", ", Calls.Select(c => c.Method))}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        lock (_gate)
        {
            foreach (var waiter in _waiters)
            {
                waiter.Completion.TrySetCanceled();
            }
        }

        await CloseSocketsAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Script(string method, Func<HttpResponse, Task> answer)
    {
        lock (_gate)
        {
            if (!_scripted.TryGetValue(method, out var queue))
            {
                _scripted[method] = queue = new Queue<Func<HttpResponse, Task>>();
            }

            queue.Enqueue(answer);
        }
    }

    private async Task HandleApiAsync(HttpContext context)
    {
        var method = (string)context.Request.RouteValues["method"]!;
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var call = new SlackCall(method, ParseArgs(context.Request, body), body);
        Func<HttpResponse, Task>? scripted = null;
        JsonObject? reply;
        lock (_gate)
        {
            Record(call);
            reply = Authenticate(method, context.Request) ?? (_spec.Knows(method) ? null : Error("unknown_method"));
            if (reply is null)
            {
                scripted = InOutage(method) ?? TakeScripted(method);
                reply = scripted is null ? Validate(call) ?? Answer(call) : null;
            }
        }

        await HeldAsync(context.RequestAborted);
        if (Reset(context)) return;
        await (scripted is not null ? scripted(context.Response) : WriteJsonAsync(context.Response, reply!));
    }

    private Func<HttpResponse, Task>? TakeScripted(string method) =>
        _scripted.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;

    private void Record(SlackCall call)
    {
        _calls.Add(call);
        foreach (var waiter in _waiters.Where(w => w.Matches(call)).ToList())
        {
            _waiters.Remove(waiter);
            waiter.Completion.TrySetResult(call);
        }
    }

    // apps.connections.open takes the app-level token (xapp-); every other method the bot token (xoxb-).
    private static JsonObject? Authenticate(string method, HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        var appLevel = method == AppsConnectionsOpen;
        var prefix = appLevel ? "Bearer xapp-" : "Bearer xoxb-";
        if (header.StartsWith(prefix, StringComparison.Ordinal) && header.Length > prefix.Length)
        {
            return null;
        }

        return appLevel && header.StartsWith("Bearer xox", StringComparison.Ordinal) ? Error("not_allowed_token_type") : Error("invalid_auth");
    }

    private static Dictionary<string, string> ParseArgs(HttpRequest request, string body)
    {
        var args = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true && body.Length > 0)
        {
            foreach (var (name, value) in JsonNode.Parse(body)!.AsObject())
            {
                args[name] = value is JsonValue v && v.TryGetValue<string>(out var text) ? text : value?.ToJsonString() ?? "";
            }
        }
        else if (body.Length > 0)
        {
            foreach (var (name, value) in QueryHelpers.ParseQuery(body))
            {
                args[name] = value.ToString();
            }
        }

        return args;
    }

    private static JsonObject Error(string error, params string[] messages)
    {
        var reply = new JsonObject { ["ok"] = false, ["error"] = error };
        if (messages.Length > 0)
        {
            reply["response_metadata"] = new JsonObject { ["messages"] = new JsonArray([.. messages.Select(m => JsonValue.Create(m))]) };
        }

        return reply;
    }

    private static JsonObject Ok(JsonObject? fields = null)
    {
        var reply = new JsonObject { ["ok"] = true };
        foreach (var (name, value) in fields ?? [])
        {
            reply[name] = value?.DeepClone();
        }

        return reply;
    }

    private static Task WriteJsonAsync(HttpResponse response, JsonObject reply)
    {
        response.ContentType = "application/json; charset=utf-8";
        return response.WriteAsync(reply.ToJsonString(), Encoding.UTF8);
    }

    private sealed class CallWaiter(string method, Func<SlackCall, bool>? match)
    {
        public TaskCompletionSource<SlackCall> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Matches(SlackCall call) => call.Method == method && (match is null || match(call));
    }
}
