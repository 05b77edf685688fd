using System.Text;
using System.Text.Json.Nodes;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// The corpus of bad requests to Slack's endpoints, one row each: broken signatures, broken bodies, and well-signed
/// requests that make no sense. Every row is run against the real host by <see cref="SlackBadRequestTests"/>.
/// Another platform's corpus (Teams) is another table of <see cref="BadRequest"/> rows with its own signers.
/// </summary>
public static partial class SlackBadRequests
{
    public const string Form = "application/x-www-form-urlencoded";
    public const string Json = "application/json";
    public const string Nowhere = "INC-2099-999";

    private static int _events;

    public static IReadOnlyList<BadRequest> All { get; } = [.. SignatureRows(), .. BodyRows(), .. CommandRows(), .. InteractionRows(), .. EventRows(), .. SurrogateRows()];

    public static TheoryData<string> Names => Corpus.Names(All);

    public static BadRequest Named(string name) => Corpus.Named(All, name);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static BadRequest Raw(string name, string path, string? contentType, string body, Outcome expected) =>
        new(name, path, contentType, _ => Utf8(body), expected);

    /// <summary><c>/incident text</c> typed by Alice in #general, or in the incident's channel.</summary>
    private static BadRequest Slash(string name, string text, Outcome expected, bool inIncident = false) =>
        new(name, SlackEndpoints.Commands, Form, s => Utf8(s.Driver.Slash(SlackIncidentTest.Alice, inIncident ? s.IncidentChannel : SlackIncidentTest.General, text)), expected);

    private static BadRequest Interaction(string name, Func<BadRequestScene, JsonNode> payload, Outcome expected) =>
        new(name, SlackEndpoints.Interactions, Form, s => Utf8(SlackDriver.Interaction(payload(s))), expected);

    /// <summary>Alice presses a button in the incident's channel.</summary>
    private static BadRequest Press(string name, string actionId, string value, Outcome expected, Action<JsonObject>? change = null) =>
        Interaction(name, s =>
        {
            var payload = s.Driver.Press(SlackIncidentTest.Alice, s.IncidentChannel, actionId, value);
            change?.Invoke(payload);
            return payload;
        }, expected);

    private static BadRequest Event(string name, Func<BadRequestScene, JsonObject> inner, Outcome expected) =>
        new(name, SlackEndpoints.Events, Json, s => Utf8(SlackDriver.Event($"Ev0BAD{Interlocked.Increment(ref _events):D4}", inner(s)).ToJsonString()), expected);

    /// <summary><paramref name="depth"/> nested arrays: deeper than any JSON reader should follow.</summary>
    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);
}
