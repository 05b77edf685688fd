using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Commands;

namespace ChatOps.Bot.Tests.BadInput;

public static partial class SlackBadRequests
{

    private static IEnumerable<BadRequest> BodyRows()
    {
        var tooBig = new string('x', SlackRequestReader.MaxBodyBytes + 1);
        var declare = Slash("", "declare P1 Sent with the wrong content type", Outcome.Ignored);
        var join = Event("", s => new JsonObject { ["type"] = "member_joined_channel", ["user"] = SlackIncidentTest.Bob, ["channel"] = s.IncidentChannel }, Outcome.Ignored);
        var press = Press("", Resolve.ActionId, BadRequestScene.IncidentNumber, Outcome.Ignored);
        return
        [
            // Content types: Slack posts commands and interactions as forms, events as JSON.
            declare with { Name = "a slash command sent as application/json", ContentType = Json, Expected = Outcome.Refused(415, Form) },
            declare with { Name = "a slash command without a content type", ContentType = null, Expected = Outcome.Refused(415, Form) },
            declare with { Name = "a slash command sent as text/plain", ContentType = "text/plain", Expected = Outcome.Refused(415, Form) },
            declare with { Name = "a slash command sent as multipart/form-data", ContentType = "multipart/form-data; boundary=xyz", Expected = Outcome.Refused(415, Form) },
            declare with { Name = "a slash command with a content type that does not parse", ContentType = "form;;;=", Expected = Outcome.Refused(415, Form) },
            Raw("JSON where the slash command form belongs", SlackEndpoints.Commands, Json, """{"user_id":"U0ALICE001","channel_id":"C0GENERAL1","text":"declare P1 JSON"}""", Outcome.Refused(415, Form)),
            press with { Name = "a button press sent as application/json", ContentType = Json, Expected = Outcome.Refused(415, Form) },
            join with { Name = "an event sent as a form", ContentType = Form, Expected = Outcome.Refused(415, Json) },
            join with { Name = "an event without a content type", ContentType = null, Expected = Outcome.Refused(415, Json) },
            Raw("a form where the event JSON belongs", SlackEndpoints.Events, Form, "type=url_verification&challenge=abc", Outcome.Refused(415, Json)),

            // Empty and malformed bodies.
            Raw("an empty slash command", SlackEndpoints.Commands, Form, "", Outcome.Refused(400, "user_id")),
            Raw("an empty interaction", SlackEndpoints.Interactions, Form, "", Outcome.Refused(400, "payload")),
            Raw("an empty event", SlackEndpoints.Events, Json, "", Outcome.Refused(400, "JSON")),
            Raw("a form of broken percent escapes and stray separators", SlackEndpoints.Commands, Form, "%%%&&&===%zz&=", Outcome.Refused(400, "user_id")),
            Raw("a form whose escapes decode to invalid UTF-8", SlackEndpoints.Commands, Form, "user_id=%FF%FE&channel_id=%C0%AF&text=%ED%A0%80", Outcome.Told("Unknown command")),
            Raw("a form with user_id given twice", SlackEndpoints.Commands, Form, "user_id=U0ALICE001&user_id=U0BOB00001&channel_id=C0GENERAL1&text=declare+P1+Twice", Outcome.Refused(400, "user_id")),
            new("a slash command with 20,000 extra fields", SlackEndpoints.Commands, Form,
                s => Utf8(s.Driver.Slash(SlackIncidentTest.Alice, SlackIncidentTest.General, "help") + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"&f{i}=v"))),
                Outcome.Told("Commands:")),
            Raw("a slash command over the size limit", SlackEndpoints.Commands, Form, "text=" + tooBig, Outcome.Refused(413, "too large")),
            Raw("a slash command over the size limit, chunked without a length", SlackEndpoints.Commands, Form, "text=" + tooBig, Outcome.Refused(413, "too large")) with { Chunked = true },
            Raw("an event over the size limit, chunked without a length", SlackEndpoints.Events, Json, $"{{\"type\":\"{tooBig}\"}}", Outcome.Refused(413, "too large")) with { Chunked = true },

            // Malformed JSON inside payload= and in event bodies.
            Raw("an interaction whose payload is not JSON", SlackEndpoints.Interactions, Form, "payload=%7Bnot+json", Outcome.Refused(400, "JSON")),
            Raw("an interaction without a payload field", SlackEndpoints.Interactions, Form, "token=x&team_id=T1", Outcome.Refused(400, "payload")),
            Raw("an interaction whose payload is a JSON array", SlackEndpoints.Interactions, Form, "payload=%5B1%2C2%5D", Outcome.Refused(400, "JSON object")),
            Raw("an interaction whose payload is null", SlackEndpoints.Interactions, Form, "payload=null", Outcome.Refused(400, "JSON object")),
            Raw("an interaction whose payload is nested 10,000 deep", SlackEndpoints.Interactions, Form, "payload=" + Uri.EscapeDataString(Nested(10_000)), Outcome.Refused(400, "JSON")),
            Raw("an interaction whose payload repeats a key", SlackEndpoints.Interactions, Form,
                "payload=" + Uri.EscapeDataString("""{"type":"block_actions","type":"view_submission","user":{"id":"U0ALICE001"}}"""), Outcome.Refused(400, "JSON")),
            Raw("an event that is not JSON", SlackEndpoints.Events, Json, "{not json", Outcome.Refused(400, "JSON")),
            Raw("an event that is a JSON array", SlackEndpoints.Events, Json, "[1,2,3]", Outcome.Refused(400, "JSON object")),
            Raw("an event nested 10,000 deep", SlackEndpoints.Events, Json, Nested(10_000), Outcome.Refused(400, "JSON")),
            Raw("an event that repeats a key", SlackEndpoints.Events, Json, """{"type":"event_callback","type":"url_verification","challenge":"abc"}""", Outcome.Refused(400, "JSON")),
            new("an event with invalid UTF-8 bytes", SlackEndpoints.Events, Json, _ => [0xFF, 0xFE, .. Utf8("""{"type":"url_verification","challenge":"abc"}""")], Outcome.Refused(400, "JSON")),
            Raw("an event with numbers and booleans where strings belong", SlackEndpoints.Events, Json,
                """{"type":"event_callback","event_id":1e400,"event":{"type":"member_joined_channel","user":12,"channel":true}}""", Outcome.Ignored),
            new("an event with 20,000 properties", SlackEndpoints.Events, Json,
                _ => Utf8("{\"type\":\"event_callback\",\"event_id\":\"Ev0WIDE\",\"event\":{\"type\":\"message\"" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $",\"p{i}\":{i}")) + "}}"),
                Outcome.Ignored),
        ];
    }
}
