using ChatOps.Core.Engine;

namespace ChatOps.Bot.Inbound;

/// <summary>
/// What a request asked for, as stored in the inbox between the acknowledgement and the work, whatever platform it
/// came from: a command line, a button press, a submitted form, or a platform event. <see cref="Reply"/> holds what
/// the platform needs to answer the person (a Slack response_url, a Teams conversation); <see cref="Data"/> an
/// event's details.
/// </summary>
public sealed record InboundIntent(
    string Kind,
    string Actor,
    string Channel,
    string? Text = null,
    string? ActionId = null,
    string? Value = null,
    string? FormId = null,
    Dictionary<string, string>? Values = null,
    string? FormContext = null,
    string? EventType = null,
    Dictionary<string, string>? Data = null,
    Dictionary<string, string>? Reply = null)
{
    public const string Command = "command";
    public const string Press = "press";
    public const string Submit = "submit";
    public const string Event = "event";

    public static InboundIntent Typed(string actor, string channel, string text) => new(Command, actor, channel, Text: text);

    public static InboundIntent Pressed(string actor, string channel, string actionId, string value) => new(Press, actor, channel, ActionId: actionId, Value: value);

    public static InboundIntent Submitted(string actor, string channel, string formId, Dictionary<string, string> values, string formContext) =>
        new(Submit, actor, channel, FormId: formId, Values: values, FormContext: formContext);

    public static InboundIntent Raised(string actor, string channel, string eventType, Dictionary<string, string>? data = null) =>
        new(Event, actor, channel, EventType: eventType, Data: data);

    /// <summary>The engine's input for a command, press or submission; null for an event (its front end reads it).</summary>
    public EngineInput? Input => Kind switch
    {
        Command => new TypedInput(Text ?? ""),
        Press => new PressInput(ActionId ?? "", Value ?? ""),
        Submit => new SubmissionInput(FormId ?? "", Values ?? [], FormContext ?? ""),
        _ => null,
    };

    public string? ReplyValue(string key) => Reply is not null && Reply.TryGetValue(key, out var value) ? value : null;

    public string? DataValue(string key) => Data is not null && Data.TryGetValue(key, out var value) ? value : null;
}
