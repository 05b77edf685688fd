using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Teams.Connector;

/// <summary>
/// The Bot Connector calls the bot makes (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference):
/// start a conversation (a new post) in a channel, send into a conversation, reply to an activity, update one.
/// Writes to one conversation are paced to <see cref="TeamsOptions.PostInterval"/>, within Teams' per-thread limit.
/// </summary>
public sealed class BotConnectorClient(TeamsHttp http, IOptions<TeamsOptions> options, TimeProvider time)
{
    private readonly PostPacer _pacer = new(options.Value.PostInterval, time);

    /// <summary><c>POST /v3/conversations</c> with the channel: a new post in it. Returns the new activity's id.</summary>
    public async Task<string> StartInChannelAsync(string serviceUrl, string channelId, JsonObject activity, CancellationToken ct, bool slotBooked = false)
    {
        await PaceAsync(channelId, slotBooked, ct);
        var parameters = new JsonObject
        {
            ["isGroup"] = true,
            ["channelData"] = new JsonObject
            {
                ["channel"] = new JsonObject { ["id"] = channelId },
                ["tenant"] = new JsonObject { ["id"] = options.Value.TenantId },
            },
            ["activity"] = activity,
            ["tenantId"] = options.Value.TenantId,
        };
        var result = await http.SendAsync("create conversation", HttpMethod.Post, Url(serviceUrl, "v3/conversations"), parameters, AccessTokens.ConnectorScope, ct);
        return result.Str("activityId") is { Length: > 0 } id ? id : Id(result, "create conversation");
    }

    /// <summary><c>POST /v3/conversations/{id}/activities</c>: a new message in a conversation (a new post when it is a channel).</summary>
    public async Task<string> SendAsync(string serviceUrl, string conversationId, JsonObject activity, CancellationToken ct, bool slotBooked = false)
    {
        await PaceAsync(conversationId, slotBooked, ct);
        var result = await http.SendAsync("send", HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities"), activity, AccessTokens.ConnectorScope, ct);
        return Id(result, "send");
    }

    /// <summary><c>POST /v3/conversations/{id}/activities/{activityId}</c>: a reply to the activity, in its thread.</summary>
    public async Task<string> ReplyAsync(string serviceUrl, string conversationId, string replyToId, JsonObject activity, CancellationToken ct)
    {
        await PaceAsync(conversationId, slotBooked: false, ct);
        activity["replyToId"] = replyToId;
        var result = await http.SendAsync("reply", HttpMethod.Post, Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}"), activity, AccessTokens.ConnectorScope, ct);
        return Id(result, "reply");
    }

    /// <summary><c>PUT /v3/conversations/{id}/activities/{activityId}</c>: replaces a message the bot posted (a card's new state).</summary>
    public async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, JsonObject activity, CancellationToken ct, bool slotBooked = false)
    {
        await PaceAsync(conversationId, slotBooked, ct);
        activity["id"] = activityId;
        await http.SendAsync("update", HttpMethod.Put, Url(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}"), activity, AccessTokens.ConnectorScope, ct);
    }

    /// <summary>Books a slot in <paramref name="conversationId"/> for <paramref name="ticket"/> (see <see cref="PostPacer.Book"/>).</summary>
    public TimeSpan BookPost(string conversationId, string ticket) => _pacer.Book(conversationId.Split(";messageid=")[0], ticket);

    /// <summary>Waits for the conversation's next slot, unless the caller already waited for one it booked (<see cref="BookPost"/>).</summary>
    private async Task PaceAsync(string conversationId, bool slotBooked, CancellationToken ct)
    {
        if (slotBooked) return;
        var wait = _pacer.Reserve(conversationId.Split(";messageid=")[0]);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
    }

    /// <summary>The connector's <paramref name="path"/> at the service URL, whatever its spelling (<see cref="ServiceUrlForm"/>).</summary>
    private static Uri Url(string serviceUrl, string path) => new(new Uri(ServiceUrlForm.Normalise(serviceUrl)), path);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private static string Id(JsonElement result, string operation) =>
        result.Str("id") is { Length: > 0 } id ? id : throw new TeamsApiException(operation, System.Net.HttpStatusCode.OK, "the answer had no id");
}
