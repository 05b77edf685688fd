using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatOps.Bot.Observability;

/// <summary>
/// How the chat platforms' requests were answered (<c>chatops_acknowledgements_total</c>) and how long the answer took
/// (<c>chatops_acknowledgement_duration_seconds</c>), by endpoint and status class. Recorded by
/// <see cref="AcknowledgementTiming"/> for every POST endpoint, so no endpoint measures itself.
/// </summary>
public sealed class AcknowledgementMetrics
{
    private readonly Counter<long> _answered;
    private readonly Histogram<double> _duration;

    public AcknowledgementMetrics(IMeterFactory factory)
    {
        var meter = BotMeter.Of(factory);
        _answered = meter.CreateCounter<long>("chatops.acknowledgements",
            description: "Requests from a chat platform answered, by endpoint and status class (2xx accepted, 4xx refused, 5xx failed).");
        _duration = meter.CreateHistogram("chatops.acknowledgement.duration", unit: "s",
            description: "Time from a chat platform's request to the bot's answer (Slack gives up after 3 s).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = BotMeter.AcknowledgementBuckets });
    }

    public void Answered(string endpoint, int status, TimeSpan took)
    {
        var tags = new TagList { { "endpoint", endpoint }, { "outcome", StatusClass(status) } };
        _answered.Add(1, tags);
        _duration.Record(took.TotalSeconds, tags);
    }

    /// <summary>"2xx", "4xx", "5xx": few enough series, and a refusal (bad signature, stale request) stands apart from a failure.</summary>
    public static string StatusClass(int status) => status is >= 100 and < 600 ? $"{status / 100}xx" : "other";
}
