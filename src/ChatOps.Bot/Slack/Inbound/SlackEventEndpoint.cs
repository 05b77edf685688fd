using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Inbound;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// <c>POST /slack/events</c>: answers <c>url_verification</c>, and stores each <c>event_callback</c> the bot acts on once
/// by its <c>event_id</c>, so Slack's retries (<c>X-Slack-Retry-Num</c>) change nothing twice. Events it does not act
/// on (other types, other reactions, channels that are not an incident's) are acknowledged and dropped.
/// </summary>
public sealed class SlackEventEndpoint(SlackRequestReader reader, Intake intake)
{
    public const string PinReaction = SlackFrontEnd.PinReaction;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var (body, refusal) = await reader.ReadAsync(http.Request, SlackRequestReader.Json, http.RequestAborted);
        if (refusal is not null) return refusal;
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body!, SlackRequestReader.JsonOptions).RootElement;
        }
        catch (Exception ex) when (SlackRequestReader.IsUnreadable(ex))
        {
            return SlackAnswer.BadRequest("An Events API request must be JSON (without repeated keys, its text valid Unicode).").ToResult();
        }
        return (await HandleAsync(root, http.RequestAborted)).ToResult();
    }

    /// <summary>Handles an Events API body, from HTTP or a Socket Mode envelope.</summary>
    public async Task<SlackAnswer> HandleAsync(JsonElement root, CancellationToken ct)
    {
        if (root.ValueKind != JsonValueKind.Object) return SlackAnswer.BadRequest("An Events API request must be a JSON object.");
        switch (root.Str("type"))
        {
            case "url_verification":
                return root.Str("challenge") is { Length: > 0 } challenge
                    ? SlackAnswer.Json(new JsonObject { ["challenge"] = challenge })
                    : SlackAnswer.BadRequest("A url_verification request needs a challenge string to echo.");
            case "event_callback" when root.TryGetProperty("event", out var evt) && evt.ValueKind == JsonValueKind.Object:
                if (Intent(evt) is { } intent && root.Str("event_id") is { Length: > 0 } eventId && await ConcernsBotAsync(intent, ct))
                    await intake.RecordAsync(SlackPlatform.Name, $"slack:event:{eventId}", intent, ct);
                return SlackAnswer.Ok;
            default:
                return SlackAnswer.Ok;
        }
    }

    /// <summary>The intent of an event the bot acts on, or null for events it ignores.</summary>
    public static InboundIntent? Intent(JsonElement evt)
    {
        var type = evt.Str("type");
        if (!SlackFrontEnd.Events.Contains(type)) return null;
        if (type == SlackFrontEnd.ReactionAdded && evt.Str("reaction") != PinReaction) return null;
        var user = evt.Str("user");
        var channel = type == SlackFrontEnd.ReactionAdded ? evt.Str("item", "channel") : evt.Str("channel");
        if (user.Length == 0 || channel.Length == 0) return null;
        return InboundIntent.Raised(user, channel, type, new Dictionary<string, string> { [SlackFrontEnd.ItemTs] = evt.Str("item", "ts") });
    }

    /// <summary>
    /// A mention is answered anywhere; pins and joins matter only in an incident's channel, which is what the engine
    /// says of someone joining it.
    /// </summary>
    private async Task<bool> ConcernsBotAsync(InboundIntent intent, CancellationToken ct) =>
        intent.EventType == SlackFrontEnd.AppMention
        || await intake.CheckAsync(new CommandContext(intent.Actor, intent.Channel, SlackPlatform.Name), new CommandInput(new RecordJoinCommand()), ct) is null;
}
