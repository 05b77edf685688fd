using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatOps.Bot.Observability;

/// <summary>
/// Outbox delivery attempts by platform and outcome (<c>chatops_outbox_delivery_attempts_total</c>): delivered, to be
/// retried, or parked for good. An effect held back for its channel's posting slot has not been attempted and is not
/// counted.
/// </summary>
public sealed class OutboxMetrics
{
    public const string Delivered = "delivered";
    public const string Retry = "retry";
    public const string Parked = "parked";

    private readonly Counter<long> _attempts;

    public OutboxMetrics(IMeterFactory factory) =>
        _attempts = BotMeter.Of(factory).CreateCounter<long>("chatops.outbox.delivery_attempts",
            description: "Outbox delivery attempts by platform and outcome (delivered, retry, parked).");

    public void Attempted(string platform, string outcome) =>
        _attempts.Add(1, new TagList { { "platform", platform }, { "outcome", outcome } });
}
