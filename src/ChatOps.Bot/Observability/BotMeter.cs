using System.Diagnostics.Metrics;

namespace ChatOps.Bot.Observability;

/// <summary>
/// The meter every <c>chatops_*</c> instrument belongs to. Taken from the host's <see cref="IMeterFactory"/>, so two
/// hosts in one process (tests, replicas side by side) count apart; <see cref="ObservabilityServices"/> exports only
/// the instruments of its own host's factory.
/// </summary>
public static class BotMeter
{
    public const string Name = "ChatOps";

    public static Meter Of(IMeterFactory factory) => factory.Create(Name);

    /// <summary>Seconds from a Slack-style 3-second acknowledgement down to a fast in-process answer.</summary>
    public static readonly IReadOnlyList<double> AcknowledgementBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10];

    /// <summary>Seconds from "on the worker's next tick" to "the bot was down for an hour".</summary>
    public static readonly IReadOnlyList<double> LatenessBuckets = [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];
}
