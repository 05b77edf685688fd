using System.Text.Json.Nodes;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Slack.SocketMode;

/// <summary>Socket Mode frames as Slack sends them (shared/reference/slack/socket-mode/), with our envelope ids and payloads.</summary>
public static class PublishedFrames
{
    public static JsonObject Hello() => Load("hello.python-slack-sdk.json");

    /// <param name="reason">warning, refresh_requested or too_many_websockets.</param>
    public static JsonObject Disconnect(string reason) => Load($"disconnect.{reason}.node-slack-sdk.json");

    public static JsonObject SlashCommand(string envelopeId, string user, string channel, string text, string triggerId, Uri responseUrl)
    {
        var frame = Load("envelope.slash_commands.python-slack-sdk.json");
        frame["envelope_id"] = envelopeId;
        var payload = frame["payload"]!;
        payload["user_id"] = user;
        payload["channel_id"] = channel;
        payload["command"] = "/incident";
        payload["text"] = text;
        payload["trigger_id"] = triggerId;
        payload["response_url"] = responseUrl.ToString();
        return frame;
    }

    /// <summary>An interactive envelope; Slack lets the acknowledgement of a view submission carry a response.</summary>
    public static JsonObject Interactive(string envelopeId, JsonObject payload)
    {
        var frame = Load("envelope.interactive.shortcut.python-slack-sdk.json");
        frame["envelope_id"] = envelopeId;
        frame["payload"] = payload;
        frame["accepts_response_payload"] = (string?)payload["type"] == "view_submission";
        return frame;
    }

    public static JsonObject EventsApi(string envelopeId, string eventId, JsonObject inner, int retryAttempt = 0)
    {
        var frame = Load("envelope.events_api.app_mention.python-slack-sdk.json");
        frame["envelope_id"] = envelopeId;
        frame["payload"]!["event_id"] = eventId;
        frame["payload"]!["event"] = inner;
        frame["retry_attempt"] = retryAttempt;
        frame["retry_reason"] = retryAttempt > 0 ? "timeout" : "";
        return frame;
    }

    private static JsonObject Load(string file) =>
        JsonNode.Parse(File.ReadAllText(RepoFiles.Reference("slack", "socket-mode", file)))!.AsObject();
}
