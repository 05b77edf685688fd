using ChatOps.Bot.Signals;

namespace ChatOps.Bot.Outbound;

/// <summary>Wakes the outbox worker when a unit of work committed new effects.</summary>
public sealed class OutboxSignal : WorkSignal;
