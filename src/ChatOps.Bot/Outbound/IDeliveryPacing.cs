using ChatOps.Bot.Protocol;
namespace ChatOps.Bot.Outbound;

/// <summary>
/// A delivery platform that spaces out posts per channel (Slack allows about one message per channel per second)
/// says how long an effect must wait for its channel's next free slot. The outbox then keeps the effect in the table
/// until that moment instead of holding one of its few delivery slots while it sleeps: otherwise a burst of
/// declarations, each announced in the same channel, would leave every slot waiting on that one channel.
/// </summary>
public interface IDeliveryPacing
{
    /// <summary>
    /// How long until effect <paramref name="reference"/> (<paramref name="kind"/> to <paramref name="channelId"/>) may
    /// go: its booked slot, else the channel's next slot, booked for it now. Zero: send it now; the platform's send
    /// then takes no second slot.
    /// </summary>
    TimeSpan BookDelivery(EffectKind kind, string channelId, string reference);
}
