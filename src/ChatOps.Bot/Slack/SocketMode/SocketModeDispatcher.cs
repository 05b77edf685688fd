using System.Text.Json;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// Hands each Socket Mode envelope to the handler its HTTP twin uses and builds the acknowledgement
/// (<c>{"envelope_id": ..., "payload": ...}</c>), https://docs.slack.dev/apis/events-api/using-socket-mode/.
/// A failing handler is logged and the envelope still acknowledged, so Slack does not redeliver it forever; except when
/// the intent could not be stored (the database takes no writes): an event or interaction is then left unacknowledged
/// so Slack delivers it again, and a slash command is acknowledged with the honest answer that nothing was done.
/// </summary>
public sealed class SocketModeDispatcher(
    SlackCommandEndpoint commands, SlackInteractionEndpoint interactions, SlackEventEndpoint events, ILogger<SocketModeDispatcher> logger)
{
    public const string EventsApi = "events_api";
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";

    public async Task<SocketModeStep> HandleAsync(string text, CancellationToken ct)
    {
        if (Parse(text) is not { } frame) return SocketModeStep.None;
        var type = frame.Str("type");
        if (type == "hello") return SocketModeStep.Hello;
        if (type == "disconnect") return SocketModeStep.Disconnect(frame.Str("reason"));

        var envelopeId = frame.Str("envelope_id");
        if (envelopeId.Length == 0)
        {
            // What cannot be acknowledged is not Slack's: acting on it would be acting on a malformed frame.
            logger.LogWarning("Ignoring a Socket Mode {Type} frame without an envelope_id", type);
            return SocketModeStep.None;
        }
        SlackAnswer? answer = null;
        try
        {
            answer = await AnswerAsync(type, frame, ct);
        }
        catch (Exception e) when (Persistence.StorageFaults.Describe(e) is { } storage)
        {
            logger.LogError("Socket Mode {Type} envelope {EnvelopeId} could not be stored ({Error}); {What}", type, envelopeId, storage,
                type == SlashCommands ? "telling the user nothing was done" : "leaving it for Slack to deliver again");
            if (type != SlashCommands) return SocketModeStep.None;
            answer = SlackAnswer.Ephemeral(Web.StorageFailureAnswer.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Socket Mode {Type} envelope {EnvelopeId} failed; acknowledging it anyway", type, envelopeId);
        }
        return SocketModeStep.Acknowledge(Acknowledgement(envelopeId, frame, answer));
    }

    private async Task<SlackAnswer?> AnswerAsync(string type, JsonElement frame, CancellationToken ct)
    {
        var payload = frame.TryGetProperty("payload", out var p) ? p : default;
        switch (type)
        {
            case EventsApi: return await events.HandleAsync(payload, ct);
            case SlashCommands: return await commands.HandleAsync(Form(payload), ct);
            case Interactive: return await interactions.HandleAsync(payload, ct);
            default:
                logger.LogDebug("Ignoring a Socket Mode envelope of type {Type}", type);
                return null;
        }
    }

    private JsonObject Acknowledgement(string envelopeId, JsonElement frame, SlackAnswer? answer)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (answer is null) return ack;
        if (answer.Status != StatusCodes.Status200OK)
        {
            logger.LogWarning("Socket Mode envelope {EnvelopeId} refused ({Status}): {Reason}", envelopeId, answer.Status, answer.Text);
            return ack;
        }
        // Slack marks envelopes whose acknowledgement may carry a response (slash commands, view submissions).
        var accepts = !frame.TryGetProperty("accepts_response_payload", out var flag) || flag.ValueKind != JsonValueKind.False;
        if (answer.Body is not null && accepts) ack["payload"] = answer.Body.DeepClone();
        return ack;
    }

    /// <summary>A slash command's payload as the form fields its HTTP request would carry.</summary>
    public static Dictionary<string, string> Form(JsonElement payload) =>
        payload.ValueKind != JsonValueKind.Object
            ? new(StringComparer.Ordinal)
            : payload.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => JsonText.Read(p.Value), StringComparer.Ordinal);

    private JsonElement? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, SlackRequestReader.JsonOptions);
            if (document.RootElement.ValueKind == JsonValueKind.Object) return document.RootElement.Clone();
        }
        catch (Exception ex) when (SlackRequestReader.IsUnreadable(ex))
        {
        }
        logger.LogWarning("Ignoring a Socket Mode frame that is not a JSON object ({Length} characters)", text.Length);
        return null;
    }
}
