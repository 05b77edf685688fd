using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Commands;
using ChatOps.Core.Messaging;

namespace ChatOps.Bot.Tests.BadInput;

public static partial class SlackBadRequests
{
    /// <summary>A string JSON can escape but no text holds: the first half of a surrogate pair, alone.</summary>
    private const string LoneHigh = "\\ud800";

    /// <summary>
    /// JSON carrying half a surrogate pair (found by the fuzzer: each was a 500). As a value it reads as U+FFFD, like
    /// invalid UTF-8 in a form; as a key it is refused, since keys must be checked for repeats and such a key cannot be.
    /// </summary>
    private static IEnumerable<BadRequest> SurrogateRows() =>
    [
        EventText("an event envelope whose type is half a surrogate pair", _ => new JsonObject { ["type"] = "app_mention", ["user"] = SlackIncidentTest.Bob, ["channel"] = SlackIncidentTest.General },
            json => json.Replace("\"type\":\"event_callback\"", $"\"type\":\"a{LoneHigh}b\"", StringComparison.Ordinal), Outcome.Ignored),
        EventText("a join whose channel is half a surrogate pair", _ => new JsonObject { ["type"] = "member_joined_channel", ["user"] = SlackIncidentTest.Bob, ["channel"] = "MARK" },
            json => json.Replace("MARK", LoneHigh, StringComparison.Ordinal), Outcome.Ignored),
        EventText("a mention whose user is half a surrogate pair", _ => new JsonObject { ["type"] = "app_mention", ["user"] = "MARK", ["channel"] = SlackIncidentTest.General, ["text"] = "hi" },
            json => json.Replace("MARK", LoneHigh, StringComparison.Ordinal), Outcome.ToldLater("Use the /incident command")),
        EventText("an event whose keys are halves of surrogate pairs", _ => new JsonObject { ["type"] = "member_joined_channel", ["user"] = SlackIncidentTest.Bob, ["channel"] = SlackIncidentTest.General },
            json => json.Replace("{\"type\":\"member_joined_channel\"", "{\"\\ud800\":1,\"\\udc00\":2,\"type\":\"member_joined_channel\"", StringComparison.Ordinal), Outcome.Refused(400, "valid Unicode")),
        Raw("a url_verification whose challenge is half a surrogate pair", SlackEndpoints.Events, Json, $$"""{"type":"url_verification","challenge":"{{LoneHigh}}"}""", Outcome.Told("\uFFFD")),

        PressText("a button press whose value is half a surrogate pair", Acknowledge.ActionId, $"INC-{LoneHigh}", Outcome.Told("No incident INC-\uFFFD")),
        PressText("a button press whose payload has keys that are halves of surrogate pairs", Acknowledge.ActionId, Nowhere, Outcome.Refused(400, "valid Unicode"),
            json => json.Replace("{\"type\":\"block_actions\"", "{\"\\udc00\":1,\"\\ud800\":2,\"type\":\"block_actions\"", StringComparison.Ordinal)),
        SubmissionText("a declare form whose title is half a surrogate pair", Submission(Declare.FormId, "C0GENERAL1|", DeclareValues("MARK", "P9")),
            json => json.Replace("MARK", LoneHigh, StringComparison.Ordinal), Outcome.FieldErrors(IncidentForms.Severity)),
        SubmissionText("a declare form whose block ids are halves of surrogate pairs", Submission(Declare.FormId, "C0GENERAL1|", DeclareValues("Checkout down", "P1")),
            json => json.Replace($"\"{IncidentForms.Title}\":", "\"\\ud800\":", StringComparison.Ordinal).Replace($"\"{IncidentForms.Severity}\":", "\"\\udc00\":", StringComparison.Ordinal),
            Outcome.Refused(400, "valid Unicode")),
    ];

    private static BadRequest EventText(string name, Func<BadRequestScene, JsonObject> inner, Func<string, string> edit, Outcome expected) =>
        new(name, SlackEndpoints.Events, Json, s => Utf8(edit(SlackDriver.Event($"Ev0BAD{Interlocked.Increment(ref _events):D4}", inner(s)).ToJsonString())), expected);

    private static BadRequest PressText(string name, string actionId, string value, Outcome expected, Func<string, string>? edit = null) =>
        new(name, SlackEndpoints.Interactions, Form, s =>
        {
            var json = s.Driver.Press(SlackIncidentTest.Alice, s.IncidentChannel, actionId, "MARK").ToJsonString().Replace("MARK", value, StringComparison.Ordinal);
            return Utf8("payload=" + Uri.EscapeDataString(edit?.Invoke(json) ?? json));
        }, expected);

    private static BadRequest SubmissionText(string name, JsonObject payload, Func<string, string> edit, Outcome expected) =>
        new(name, SlackEndpoints.Interactions, Form, _ => Utf8("payload=" + Uri.EscapeDataString(edit(payload.ToJsonString()))), expected);
}
