namespace ChatOps.Bot.Web.Readiness;

/// <summary>Readiness settings, section <c>Readiness</c> (<c>Readiness__OutboxStuckAfter</c>, <c>Readiness__WriteProbeEvery</c>).</summary>
public sealed class ReadinessOptions
{
    public const string Section = "Readiness";

    /// <summary>
    /// How long an effect may stay ready to go without being delivered before the outbox counts as stuck. Well above
    /// the worker's one-second look and a delivery's lease, so a busy outbox is not mistaken for a stuck one.
    /// </summary>
    public TimeSpan OutboxStuckAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often at most readiness writes its heartbeat row to learn whether the database takes writes
    /// (<c>Readiness__WriteProbeEvery</c>); between probes it goes by the bot's own writes. A probe is one small commit.
    /// </summary>
    public TimeSpan WriteProbeEvery { get; set; } = TimeSpan.FromSeconds(5);
}
