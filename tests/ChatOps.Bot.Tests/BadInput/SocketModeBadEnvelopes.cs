using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Bot.Tests.Slack.SocketMode;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>The corpus of bad Socket Mode frames, run by <see cref="SocketModeBadEnvelopeTests"/>.</summary>
public static class SocketModeBadEnvelopes
{
    private const string Id = BadEnvelope.EnvelopeId;

    public static IReadOnlyList<BadEnvelope> All { get; } =
    [
        new("a frame that is not JSON", _ => "hello?", Outcome.Dropped),
        new("a frame that is a JSON array", _ => "[1,2,3]", Outcome.Dropped),
        new("a frame that repeats a key", _ => Envelope("events_api", "{}").Replace("{", "{\"envelope_id\":\"other\",", StringComparison.Ordinal), Outcome.Dropped),
        new("a frame with keys that are halves of surrogate pairs", _ => "{\"\\ud800\":1,\"\\udc00\":2," + Envelope("events_api", "{}")[1..], Outcome.Dropped),
        new("a slash command whose text is half a surrogate pair", t => Slash(t, "MARK").Replace("MARK", "\\ud800", StringComparison.Ordinal), Outcome.Told("Unknown command '\uFFFD'")),
        new("a frame nested 10,000 deep", _ => Envelope("events_api", new string('[', 10_000) + new string(']', 10_000)), Outcome.Dropped),
        new("a slash command without an envelope_id", t => Without(Slash(t, "declare P1 Nobody acknowledges this"), "envelope_id"), Outcome.Dropped),
        new("an envelope of a type Slack does not send", _ => Envelope("frobnicate", "{}"), Outcome.Ignored),
        new("a slash command whose payload is a string", _ => Envelope("slash_commands", "\"declare P1 x\""), Outcome.Refused(0)),
        new("a slash command without user_id", t => Slash(t, "declare P1 Nobody", p => p.Remove("user_id")), Outcome.Refused(0)),
        new("a slash command whose response_url is not a URL", t => Slash(t, "declare P1 Bad URL", p => p["response_url"] = "not a url"), Outcome.Refused(0)),
        new("an unknown command", t => Slash(t, "frobnicate"), Outcome.Told("Unknown command 'frobnicate'")),
        new("a declaration with an unknown severity", t => Slash(t, "declare P9 Checkout down"), Outcome.Told("Unknown severity 'P9'")),
        new("an interaction whose payload is not an object", _ => Envelope("interactive", "[1]"), Outcome.Refused(0)),
        new("a button the bot never made", t => PublishedFrames.Interactive(Id, t.Driver.Press(SlackIncidentTest.Alice, SlackIncidentTest.General, "incident.frobnicate", "INC-2026-001")).ToJsonString(),
            Outcome.Told("Unknown button 'incident.frobnicate'")),
        new("a button for an incident that does not exist", t => PublishedFrames.Interactive(Id, t.Driver.Press(SlackIncidentTest.Alice, SlackIncidentTest.General, "incident.ack", "INC-2099-999")).ToJsonString(),
            Outcome.Told("No incident INC-2099-999")),
        new("an events_api envelope without a payload", _ => Envelope("events_api", null), Outcome.Refused(0)),
        new("a pushpin outside any incident channel", _ => PublishedFrames.EventsApi(Id, "Ev0BADPIN", new JsonObject
        {
            ["type"] = "reaction_added",
            ["user"] = SlackIncidentTest.Bob,
            ["reaction"] = "pushpin",
            ["item"] = new JsonObject { ["type"] = "message", ["channel"] = SlackIncidentTest.General, ["ts"] = "1700000000.000100" },
        }).ToJsonString(), Outcome.Ignored),
    ];

    public static TheoryData<string> Names => Corpus.Names(All);

    public static BadEnvelope Named(string name) => Corpus.Named(All, name);

    private static string Slash(SlackIncidentTest test, string text, Action<JsonObject>? change = null)
    {
        var frame = PublishedFrames.SlashCommand(Id, SlackIncidentTest.Alice, SlackIncidentTest.General, text, "trigger.bad", test.Slack.ResponseUrl(Id));
        change?.Invoke(frame["payload"]!.AsObject());
        return frame.ToJsonString();
    }

    /// <summary>An envelope with this type and raw payload text (none when null).</summary>
    private static string Envelope(string type, string? payload) =>
        $"{{\"envelope_id\":\"{Id}\",\"type\":\"{type}\"" + (payload is null ? "" : $",\"payload\":{payload}") + "}";

    private static string Without(string frame, string property)
    {
        var json = JsonNode.Parse(frame)!.AsObject();
        json.Remove(property);
        return json.ToJsonString();
    }
}
