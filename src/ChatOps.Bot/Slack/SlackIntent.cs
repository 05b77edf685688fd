namespace ChatOps.Bot.Slack;

/// <summary>
/// What a Slack request asked for, as stored in the inbox between the acknowledgement and the work:
/// a command line, a button press, a submitted form or an event.
/// </summary>
public sealed record SlackIntent(
    string Kind,
    string User,
    string Channel,
    string? Text = null,
    string? ResponseUrl = null,
    string? TriggerId = null,
    string? ActionId = null,
    string? Value = null,
    string? FormId = null,
    Dictionary<string, string>? Values = null,
    string? FormContext = null,
    string? EventType = null,
    string? Reaction = null,
    string? ItemTs = null)
{
    public const string Command = "command";
    public const string Action = "action";
    public const string View = "view";
    public const string Event = "event";
}
