namespace ChatOps.Bot.Outbound;

public enum EffectStatus
{
    /// <summary>Waiting to be delivered (or to be retried at <see cref="OutboundEffect.NextAttemptAt"/>).</summary>
    Pending,

    Delivered,

    /// <summary>Gave up after repeated failures; kept with its error, reported in status and /healthz.</summary>
    Parked,

    /// <summary>A newer update of the same message replaced it before it was sent.</summary>
    Superseded,
}
