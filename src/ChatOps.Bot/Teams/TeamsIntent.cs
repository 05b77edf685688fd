namespace ChatOps.Bot.Teams;

/// <summary>
/// What a Teams activity asked for, as stored in the inbox between the answer to Teams and the work: a command line,
/// a button press, a submitted dialog, or the welcome when the bot is added. <see cref="Conversation"/> and
/// <see cref="ReplyTo"/> say where the answer goes (a reply in the thread for messages, a post in the conversation
/// for invokes), through the service URL the verified activity came from.
/// </summary>
public sealed record TeamsIntent(
    string Kind,
    string Actor,
    string Channel,
    string ServiceUrl,
    string Conversation,
    string? ReplyTo = null,
    string? Text = null,
    string? Action = null,
    string? Value = null,
    string? Form = null,
    Dictionary<string, string>? Values = null,
    string? FormContext = null)
{
    public const string Command = "command";
    public const string Press = "press";
    public const string Submit = "submit";
    public const string Welcome = "welcome";
}
