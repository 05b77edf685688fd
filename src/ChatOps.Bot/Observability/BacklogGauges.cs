using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ChatOps.Bot.Observability;

/// <summary>
/// The gauges read from the database: <c>chatops_inbox_pending</c>, <c>chatops_outbox_pending</c>,
/// <c>chatops_outbox_parked</c>, <c>chatops_outbox_oldest_due_seconds</c> and <c>chatops_incidents_open</c>. A gauge's
/// callback cannot wait for the database, so it reports the last reading: a scrape of <c>/metrics</c> refreshes it
/// first (<see cref="RefreshAsync"/>, waiting at most <see cref="ScrapePatience"/>), and a collection that finds it
/// older than <see cref="BackgroundAge"/> (an OTLP export) starts a new reading for the next time. One reading runs
/// at a time; a slow database makes the numbers late, never the scrape.
/// </summary>
public sealed class BacklogGauges
{
    public static readonly TimeSpan ScrapePatience = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan BackgroundAge = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ReadLimit = TimeSpan.FromSeconds(30);

    private readonly IBacklogSource _source;
    private readonly ILogger<BacklogGauges> _logger;
    private readonly Lock _gate = new();
    private Task _reading = Task.CompletedTask;
    private volatile Backlog? _last;
    private long _readAt;

    public BacklogGauges(IMeterFactory factory, IBacklogSource source, ILogger<BacklogGauges> logger)
    {
        _source = source;
        _logger = logger;
        var meter = BotMeter.Of(factory);
        meter.CreateObservableGauge("chatops.inbox.pending", () => Observe(b => b.InboxPending),
            description: "Intents received and stored but not yet carried out.");
        meter.CreateObservableGauge("chatops.outbox.pending", () => Observe(b => b.OutboxPending),
            description: "Outbound effects waiting to be delivered (including those waiting for a retry).");
        meter.CreateObservableGauge("chatops.outbox.parked", () => Observe(b => b.OutboxParked),
            description: "Outbound effects given up on after repeated failures; a person should look (/healthz lists them).");
        meter.CreateObservableGauge("chatops.outbox.oldest_due", () => Observe(b => b.OutboxOldestDue.TotalSeconds), unit: "s",
            description: "How long the longest-waiting effect that is ready to go has waited; grows when delivery is stuck.");
        meter.CreateObservableGauge("chatops.incidents.open", ObserveOpenIncidents,
            description: "Incidents not yet resolved or closed, by severity.");
    }

    /// <summary>Reads the database now (or joins the reading under way), waiting at most <see cref="ScrapePatience"/>.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        try
        {
            await Start().WaitAsync(ScrapePatience, ct);
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("The backlog gauges were not read within {Patience}; this scrape shows the previous reading", ScrapePatience);
        }
    }

    private Task Start()
    {
        lock (_gate)
        {
            if (_reading.IsCompleted) _reading = ReadAsync();
            return _reading;
        }
    }

    private async Task ReadAsync()
    {
        try
        {
            using var limit = new CancellationTokenSource(ReadLimit);
            _last = await _source.ReadAsync(limit.Token);
            Interlocked.Exchange(ref _readAt, Stopwatch.GetTimestamp());
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Could not read the backlog gauges from the database; they show the previous reading");
        }
    }

    private Backlog? Current()
    {
        if (Stopwatch.GetElapsedTime(Interlocked.Read(ref _readAt)) > BackgroundAge) _ = Start();
        return _last;
    }

    private IEnumerable<Measurement<T>> Observe<T>(Func<Backlog, T> value) where T : struct =>
        Current() is { } backlog ? [new Measurement<T>(value(backlog))] : [];

    private IEnumerable<Measurement<long>> ObserveOpenIncidents() =>
        Current() is { } backlog
            ? backlog.OpenIncidents.Select(open => new Measurement<long>(open.Value, new KeyValuePair<string, object?>("severity", open.Key)))
            : [];
}
