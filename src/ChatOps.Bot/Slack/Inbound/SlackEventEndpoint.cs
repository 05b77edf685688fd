using System.Text.Json;

namespace ChatOps.Bot.Slack.Inbound;

/// <summary>
/// <c>POST /slack/events</c>: answers <c>url_verification</c>, and stores each <c>event_callback</c> once by its
/// <c>event_id</c>, so Slack's retries (<c>X-Slack-Retry-Num</c>) change nothing twice.
/// </summary>
public sealed class SlackEventEndpoint(SlackRequestReader reader, SlackIntake intake)
{
    public static readonly IReadOnlySet<string> Handled = new HashSet<string> { "reaction_added", "app_mention", "member_joined_channel" };

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var (body, refusal) = await reader.ReadAsync(http.Request, ct);
        if (refusal is not null) return refusal;
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body!).RootElement;
        }
        catch (JsonException)
        {
            return SlackForm.BadRequest("An Events API request must be JSON.");
        }
        if (root.ValueKind != JsonValueKind.Object) return SlackForm.BadRequest("An Events API request must be a JSON object.");
        switch (root.Str("type"))
        {
            case "url_verification":
                return Results.Json(new { challenge = root.Str("challenge") });
            case "event_callback" when root.TryGetProperty("event", out var evt) && evt.ValueKind == JsonValueKind.Object:
                if (Intent(evt) is { } intent && root.Str("event_id") is { Length: > 0 } eventId)
                    await intake.AcceptAsync($"slack:event:{eventId}", intent, ct);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    /// <summary>The intent of an event the bot acts on, or null for events it ignores.</summary>
    public static SlackIntent? Intent(JsonElement evt)
    {
        var type = evt.Str("type");
        if (!Handled.Contains(type)) return null;
        var user = evt.Str("user");
        var channel = type == "reaction_added" ? evt.Str("item", "channel") : evt.Str("channel");
        if (user.Length == 0 || channel.Length == 0) return null;
        return new SlackIntent(SlackIntent.Event, user, channel, Text: evt.Str("text"), EventType: type,
            Reaction: evt.Str("reaction"), ItemTs: evt.Str("item", "ts"));
    }
}
