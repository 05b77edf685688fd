using ChatOps.Core.Commands;

namespace ChatOps.Core.Engine;

/// <summary>
/// What one unit of work needs to know about itself, passed explicitly to the engine and to whatever records its
/// effects: who acts and where (<see cref="Context"/>), at what time, and which stored inbound intent it carries out
/// (null for work nobody asked for through the inbox: reminders, the shell, a Teams card answered in its request).
/// </summary>
public sealed record UnitOfWork(CommandContext Context, DateTimeOffset At, long? IntentId = null)
{
    public string Actor => Context.Actor;

    public string Platform => Context.Platform;

    public string ChannelId => Context.ChannelId;

    /// <summary>Work the bot does on its own (reminders, escalation when nobody acknowledges).</summary>
    public static UnitOfWork ForBot(string platform, DateTimeOffset at) => new(new CommandContext(IncidentEngine.BotName, "", platform), at);
}
