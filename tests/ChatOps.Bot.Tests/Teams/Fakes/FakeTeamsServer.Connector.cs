using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Teams.Fakes;

/// <summary>
/// The Bot Connector REST API (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference):
/// create a conversation in a channel, send, reply and update activities. Bodies are checked against the published
/// Bot Connector OpenAPI document, and every Adaptive Card attachment against the Adaptive Card 1.5 schema.
/// </summary>
public sealed partial class FakeTeamsServer
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    private static readonly PublishedSchema ActivitySchema = PublishedSchema.BotConnector("Activity");
    private static readonly PublishedSchema ConversationSchema = PublishedSchema.BotConnector("ConversationParameters");
    private static readonly PublishedSchema CardSchema = PublishedSchema.AdaptiveCard();

    private readonly Dictionary<string, FakeTeamsChannel> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonObject>> _chats = new(StringComparer.Ordinal);
    private readonly List<(string Channel, Func<JsonObject, bool> Match, TaskCompletionSource<JsonObject> Done)> _messageWaiters = [];
    private long _activityCounter = 1_700_000_000_000;

    public IReadOnlyList<FakeTeamsChannel> Channels
    {
        get { lock (_gate) { return _channels.Values.ToList(); } }
    }

    public FakeTeamsChannel Channel(string id)
    {
        lock (_gate) return _channels[id];
    }

    /// <summary>Activities the bot sent into a chat or a channel thread that is not a channel of the team.</summary>
    public IReadOnlyList<JsonObject> Chat(string conversationId)
    {
        lock (_gate) return _chats.TryGetValue(conversationId, out var list) ? list.ToList() : [];
    }

    /// <summary>Every chat or channel thread the bot posted into that is not a channel of the team, with its activities.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<JsonObject>> Chats
    {
        get { lock (_gate) return _chats.ToDictionary(c => c.Key, c => (IReadOnlyList<JsonObject>)c.Value.ToList(), StringComparer.Ordinal); }
    }

    /// <summary>A channel that exists before the bot starts (General, the announce channel).</summary>
    public FakeTeamsChannel AddChannel(string id, string displayName)
    {
        var channel = new FakeTeamsChannel(id, displayName, "", "standard");
        lock (_gate) _channels[id] = channel;
        return channel;
    }

    /// <summary>
    /// The first message in a channel (already there, or posted or updated later) that matches; a
    /// <see cref="TimeoutException"/> listing the channel's messages when none does in time.
    /// </summary>
    public async Task<JsonObject> WaitForMessageAsync(string channel, Func<JsonObject, bool> match, TimeSpan timeout, string what)
    {
        TaskCompletionSource<JsonObject> done;
        lock (_gate)
        {
            if (_channels.TryGetValue(channel, out var known) && known.Messages.FirstOrDefault(match) is { } found) return found;
            done = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            _messageWaiters.Add((channel, match, done));
        }
        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            var posted = _channels.TryGetValue(channel, out var c) ? c.Messages.Select(m => (string?)m["text"] ?? (string?)m["summary"]) : [];
            throw new TimeoutException($"No message {what} in {channel} within {timeout}; posted: {string.Join(" | ", posted)}");
        }
    }

    /// <summary>Every message the bot posted or updated, with where it went (channel id or conversation id).</summary>
    public IEnumerable<(string Conversation, JsonObject Activity)> Posts() =>
        Calls.Where(c => c.Path.StartsWith("/connector/v3/conversations", StringComparison.Ordinal) && c.Json is JsonObject)
            .Select(c => (c.Path, (JsonObject)c.Json!));

    private void MapConnector(WebApplication app)
    {
        app.MapPost("/connector/v3/conversations", (RequestDelegate)CreateConversationAsync);
        app.MapPost("/connector/v3/conversations/{conversationId}/activities", context => SendAsync(context, replyTo: null));
        app.MapPost("/connector/v3/conversations/{conversationId}/activities/{activityId}", context => SendAsync(context, (string?)context.Request.RouteValues["activityId"]));
        app.MapPut("/connector/v3/conversations/{conversationId}/activities/{activityId}", (RequestDelegate)UpdateAsync);
    }

    private async Task CreateConversationAsync(HttpContext context)
    {
        var (call, answered) = await ReceiveAsync(context);
        if (answered || await RefusedAsync(context.Response, call, ConnectorScope, ConversationSchema)) return;
        var parameters = call.Json!.AsObject();
        var channelId = (string?)parameters["channelData"]?["channel"]?["id"];
        FakeTeamsChannel? channel;
        lock (_gate) channel = channelId is null ? null : _channels.GetValueOrDefault(channelId);
        if (parameters["isGroup"]?.GetValue<bool>() != true || channel is null || parameters["activity"] is not JsonObject activity)
        {
            await ErrorAsync(context.Response, 400, "BadArgument", "A channel conversation needs isGroup true, channelData.channel.id of a channel of the team, and an activity.");
            return;
        }
        if (await InvalidActivityAsync(context.Response, activity)) return;
        string id;
        lock (_gate) id = Post(channel, activity);
        await JsonAsync(context.Response, new JsonObject { ["id"] = $"{channel.Id};messageid={id}", ["activityId"] = id }, 201);
    }

    private async Task SendAsync(HttpContext context, string? replyTo)
    {
        var (call, answered) = await ReceiveAsync(context);
        if (answered || await RefusedAsync(context.Response, call, ConnectorScope, ActivitySchema)) return;
        var activity = call.Json!.AsObject();
        if (await InvalidActivityAsync(context.Response, activity)) return;
        if (replyTo is not null) activity["replyToId"] = replyTo;
        var conversation = (string)context.Request.RouteValues["conversationId"]!;
        var channelId = conversation.Split(";messageid=")[0];
        string id;
        lock (_gate)
        {
            if (_channels.TryGetValue(channelId, out var channel) && !conversation.Contains(";messageid=", StringComparison.Ordinal))
            {
                id = Post(channel, activity);
            }
            else
            {
                id = (++_activityCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
                activity["id"] = id;
                if (!_chats.TryGetValue(conversation, out var chat)) _chats[conversation] = chat = [];
                chat.Add(activity);
            }
        }
        await JsonAsync(context.Response, new JsonObject { ["id"] = id }, 201);
    }

    private async Task UpdateAsync(HttpContext context)
    {
        var (call, answered) = await ReceiveAsync(context);
        if (answered || await RefusedAsync(context.Response, call, ConnectorScope, ActivitySchema)) return;
        var activity = call.Json!.AsObject();
        if (await InvalidActivityAsync(context.Response, activity)) return;
        var conversation = ((string)context.Request.RouteValues["conversationId"]!).Split(";messageid=")[0];
        var activityId = (string)context.Request.RouteValues["activityId"]!;
        activity["id"] = activityId;
        bool replaced;
        lock (_gate)
        {
            replaced = _channels.TryGetValue(conversation, out var channel) && channel.Replace(activityId, activity);
            if (replaced) Stored(conversation, activity);
        }
        if (!replaced)
        {
            await ErrorAsync(context.Response, 404, "ActivityNotFoundInConversation", $"No activity {activityId} in {conversation}.");
            return;
        }
        await JsonAsync(context.Response, new JsonObject { ["id"] = activityId });
    }

    // Caller holds _gate.
    private string Post(FakeTeamsChannel channel, JsonObject activity)
    {
        var id = Interlocked.Increment(ref _activityCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        activity["id"] = id;
        channel.Add(activity);
        Stored(channel.Id, activity);
        return id;
    }

    // Caller holds _gate (or runs before the channel is shared).
    private void Stored(string channel, JsonObject activity)
    {
        foreach (var waiter in _messageWaiters.Where(w => w.Channel == channel && w.Match(activity)).ToList())
        {
            _messageWaiters.Remove(waiter);
            waiter.Done.TrySetResult(activity);
        }
    }

    /// <summary>401 for a token the token endpoint did not issue for <paramref name="scope"/>; 400 for a body the schema refuses.</summary>
    private static async Task<bool> RefusedBySchemaAsync(HttpResponse response, TeamsCall call, PublishedSchema schema)
    {
        if (call.Json is not JsonObject)
        {
            await ErrorAsync(response, 400, "BadSyntax", "The body must be a JSON object.");
            return true;
        }
        var errors = schema.Validate(call.Json);
        if (errors.Count == 0) return false;
        await ErrorAsync(response, 400, "BadArgument", string.Join("; ", errors));
        return true;
    }

    private async Task<bool> RefusedAsync(HttpResponse response, TeamsCall call, string scope, PublishedSchema? schema)
    {
        if (ScopeOf(call.Authorization) != scope)
        {
            await ErrorAsync(response, 401, "Unauthorized", "Authorization has been denied for this request.");
            return true;
        }
        return schema is not null && await RefusedBySchemaAsync(response, call, schema);
    }

    /// <summary>What Teams refuses in a message: no content, cards that break the schema, mentions whose text is not in the message.</summary>
    private static async Task<bool> InvalidActivityAsync(HttpResponse response, JsonObject activity)
    {
        var problems = new List<string>();
        if ((string?)activity["type"] != "message") problems.Add("type must be message");
        var text = (string?)activity["text"] ?? "";
        var attachments = activity["attachments"] as JsonArray ?? [];
        if (text.Length == 0 && attachments.Count == 0) problems.Add("a message needs text or an attachment");
        foreach (var attachment in attachments)
        {
            if ((string?)attachment?["contentType"] != AdaptiveCardType) continue;
            problems.AddRange(CardSchema.Validate(attachment!["content"]).Select(e => "card " + e));
        }
        foreach (var mention in (activity["entities"] as JsonArray ?? []).Where(e => (string?)e?["type"] == "mention"))
        {
            if (string.IsNullOrEmpty((string?)mention!["mentioned"]?["id"])) problems.Add("a mention without mentioned.id");
            if ((string?)mention["text"] is not { Length: > 0 } at || !text.Contains(at, StringComparison.Ordinal)) problems.Add($"mention text {mention["text"]} is not in the message text");
        }
        if (problems.Count == 0) return false;
        await ErrorAsync(response, 400, "BadArgument", string.Join("; ", problems));
        return true;
    }
}
