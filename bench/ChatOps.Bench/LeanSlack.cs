using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatOps.Bench;

/// <summary>
/// A Slack Web API on loopback that answers the calls the bot makes with the smallest valid answer and notes when
/// each arrived. Unlike the test suite's fake it checks nothing against the published spec: it must cost the bot's
/// process as little CPU as possible, because it shares the machine with what is measured.
/// </summary>
public sealed class LeanSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ChannelProgress> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SlackPost> _posts = new();
    private long _channels;
    private long _messages;

    private LeanSlack(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public Uri ResponseUrl => new(BaseUrl, "../response");

    /// <summary>Progress of every created channel, keyed by the channel's name.</summary>
    public ConcurrentDictionary<string, ChannelProgress> Channels { get; } = new(StringComparer.Ordinal);

    /// <summary>Every chat.postMessage with its Stopwatch timestamp.</summary>
    public IReadOnlyCollection<SlackPost> Posts => _posts;

    public static async Task<LeanSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var slack = new LeanSlack(app);
        app.MapPost("/api/{method}", slack.AnswerAsync);
        app.MapPost("/response", () => Results.Ok());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        slack.BaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return slack;
    }

    /// <summary>Forgets what was received (between phases).</summary>
    public void Clear()
    {
        Channels.Clear();
        _byId.Clear();
        _posts.Clear();
    }

    private async Task<IResult> AnswerAsync(HttpContext http, string method)
    {
        var at = Stopwatch.GetTimestamp();
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var channel = form["channel"].ToString();
        switch (method)
        {
            case "conversations.create":
                var id = "C" + Interlocked.Increment(ref _channels).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
                var name = form["name"].ToString();
                var progress = new ChannelProgress(id, name, at);
                Channels[name] = progress;
                _byId[id] = progress;
                return Json(new { ok = true, channel = new { id, name } });
            case "conversations.invite":
                Progress(channel)?.Invited(at);
                return Json(new { ok = true, channel = new { id = channel } });
            case "pins.add":
                Progress(channel)?.Pinned(at);
                return Json(new { ok = true });
            case "chat.postMessage":
                _posts.Enqueue(new SlackPost(channel, form["text"].ToString(), at, DateTimeOffset.UtcNow));
                var ts = $"{1700000000 + Interlocked.Increment(ref _messages)}.000100";
                return Json(new { ok = true, channel, ts });
            case "users.lookupByEmail":
                return Json(new { ok = true, user = new { id = "U" + Math.Abs(form["email"].ToString().GetHashCode(StringComparison.Ordinal) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) } });
            case "users.info":
                return Json(new { ok = true, user = new { id = form["user"].ToString(), name = "bench", profile = new { display_name = "bench", real_name = "Bench" } } });
            case "conversations.list":
                return Json(new { ok = true, channels = Array.Empty<object>(), response_metadata = new { next_cursor = "" } });
            default:
                return Json(new { ok = true });
        }
    }

    private ChannelProgress? Progress(string id) => _byId.TryGetValue(id, out var progress) ? progress : null;

    private static IResult Json(object value) => Results.Text(JsonSerializer.Serialize(value), "application/json");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>When a channel was created, when its first invite and its pin arrived (Stopwatch timestamps).</summary>
public sealed class ChannelProgress(string id, string name, long createdAt)
{
    private long _invitedAt;
    private long _pinnedAt;

    public string Id { get; } = id;
    public string Name { get; } = name;
    public long CreatedAt { get; } = createdAt;
    public long InvitedAt => Interlocked.Read(ref _invitedAt);
    public long PinnedAt => Interlocked.Read(ref _pinnedAt);

    /// <summary>Created, invited and pinned: when the last of the three arrived, else null.</summary>
    public long? ReadyAt => InvitedAt != 0 && PinnedAt != 0 ? Math.Max(CreatedAt, Math.Max(InvitedAt, PinnedAt)) : null;

    public void Invited(long at) => Interlocked.CompareExchange(ref _invitedAt, at, 0);

    public void Pinned(long at) => Interlocked.CompareExchange(ref _pinnedAt, at, 0);
}

/// <summary>A chat.postMessage as received: when, as a Stopwatch timestamp and as wall-clock time.</summary>
public sealed record SlackPost(string Channel, string Text, long At, DateTimeOffset ReceivedAt);
