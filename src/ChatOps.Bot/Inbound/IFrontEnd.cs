using ChatOps.Core.Commands;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Inbound;

/// <summary>
/// What a chat platform supplies to the one inbound pipeline: who a platform user is to the engine, how to answer the
/// person who acted, and what a platform event asks of the engine. Everything else (storing, deduplicating, running,
/// reporting failures) is the pipeline's.
/// </summary>
public interface IFrontEnd
{
    /// <summary>The platform's name, as stored with each intent (<c>slack</c>, <c>teams</c>).</summary>
    string Platform { get; }

    /// <summary>
    /// The engine's view of a platform user acting in a channel (their runbook handles as aliases), and what the
    /// platform could not say in time about who they are.
    /// </summary>
    Task<ActorContext> ContextAsync(string actor, string channel, CancellationToken ct);

    /// <summary>Shows the person who acted the reply to their intent.</summary>
    Task AnswerAsync(CommandReply reply, InboundIntent intent, CancellationToken ct);

    /// <summary>
    /// What an event asks of the engine (a pinned message becomes a timeline entry), or null when the front end dealt
    /// with it itself (a welcome, a mention answered with help).
    /// </summary>
    Task<EngineInput?> ReadEventAsync(InboundIntent intent, CommandContext context, CancellationToken ct);

    /// <summary>How a person types <paramref name="command"/> on this platform, for texts that tell them what to do.</summary>
    string Grammar(string command);
}
