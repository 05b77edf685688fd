using ChatOps.Bot.Signals;

namespace ChatOps.Bot.Inbound;

/// <summary>Wakes the inbox worker as soon as an intent is stored, so work starts right after the acknowledgement.</summary>
public sealed class InboxSignal : WorkSignal;
