namespace ChatOps.Bot.Outbound;

/// <summary>
/// The names of outbox queues that are not a created channel's placeholder: a channel that existed before the bot made
/// anything in it, and a paced post waiting for its slot on its own (<see cref="OutboxDelivery"/>).
/// </summary>
public static class OutboxQueues
{
    private const string ChannelPrefix = "channel:";
    private const string HeldPrefix = "held:";

    /// <summary>The queue of effects in a channel the bot did not create.</summary>
    public static string ForChannel(string channelId) => ChannelPrefix + channelId;

    /// <summary>The queue a paced post waits in for its slot, apart from the queue it came from.</summary>
    public static string Held(string effectRef) => HeldPrefix + effectRef;

    /// <summary>The channel a <see cref="ForChannel"/> queue is named after; null for any other queue.</summary>
    public static string? ChannelOf(string queue) =>
        queue.StartsWith(ChannelPrefix, StringComparison.Ordinal) ? queue[ChannelPrefix.Length..] : null;
}
