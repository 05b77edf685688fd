using System.Collections.Concurrent;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Probes;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Probes;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Workers;

/// <summary>
/// Runs the runbook's health probes: a declared incident's own probes at once, the ones <c>/incident probe</c> asks for,
/// and every <c>probes.every</c> those of each open incident. Probes run concurrently (at most
/// <see cref="MaxConcurrent"/> at a time), each bounded by its own timeout, here and never on a request thread or in a
/// transaction; each result is recorded in its own unit of work as soon as it is in, so a slow probe delays no other.
/// Header values come from configuration by the runbook's variable names. With several replicas each runs the periodic
/// rounds: that only repeats results on the timeline, which is accepted for now.
/// </summary>
public sealed class ProbeWorker(
    IServiceProvider services, Runbook runbook, TimeProvider time, ProbeQueue queue, ProbeRunner runner, ProbeHeaders headers, ILogger<ProbeWorker> logger)
    : BackgroundService
{
    public const int MaxConcurrent = 8;

    private readonly SemaphoreSlim _cap = new(MaxConcurrent, MaxConcurrent);
    private readonly ConcurrentDictionary<Task, bool> _running = new();
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts finished periodic rounds and recorded results, for tests and health.</summary>
    public ProbeProgress Progress { get; } = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(RequestsAsync(stoppingToken), RoundsAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            await Task.WhenAll(_running.Keys).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task RequestsAsync(CancellationToken ct)
    {
        await foreach (var request in queue.Requests.ReadAllAsync(ct)) Track(RunAsync(request, ct));
    }

    /// <summary>Every <see cref="ProbePolicy.Every"/>: the probes of every open incident (a probe still running is not started twice).</summary>
    private async Task RoundsAsync(CancellationToken ct)
    {
        for (var round = 0; ; round++)
        {
            var wait = Task.Delay(runbook.Probes.Every, time, ct);
            Progress.Waiting(round);
            await wait;
            // A runbook without probes has nothing to run: reading every open incident each round (100,000 of them at
            // scale: seconds of CPU and a large heap every minute) would be pure cost.
            if (runbook.Probes.Checks.Count == 0) continue;
            try
            {
                await using var scope = services.CreateAsyncScope();
                foreach (var incident in await scope.ServiceProvider.GetRequiredService<IIncidentStore>().ListAsync(includeEnded: false, ct))
                    Start(incident.Number, ProbeSelection.For(runbook, incident), ProbeRun.Periodic, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Open incidents could not be read for the periodic probes; trying again in {Every}", runbook.Probes.Every);
            }
        }
    }

    private async Task RunAsync(ProbeRequest request, CancellationToken ct)
    {
        try
        {
            await using var scope = services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<IIncidentStore>().FindByNumberAsync(request.Incident, ct) is not { } incident
                || incident.Status == IncidentStatus.Closed)
                return;
            var probes = request.Probes.Count == 0
                ? ProbeSelection.For(runbook, incident)
                : request.Probes.Select(runbook.Probes.Find).OfType<Probe>().ToList();
            Start(incident.Number, probes, request.Run, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Probes for {Incident} could not be started", request.Incident);
        }
    }

    private void Start(string incident, IReadOnlyList<Probe> probes, ProbeRun run, CancellationToken ct)
    {
        foreach (var probe in probes)
        {
            var key = $"{incident}/{probe.Name}";
            if (run == ProbeRun.Periodic && _inFlight.ContainsKey(key)) continue;
            _inFlight.AddOrUpdate(key, 1, (_, n) => n + 1);
            Track(RunOneAsync(incident, probe, run, key, ct));
        }
    }

    private async Task RunOneAsync(string incident, Probe probe, ProbeRun run, string key, CancellationToken ct)
    {
        try
        {
            ProbeReading reading;
            await _cap.WaitAsync(ct);
            try
            {
                reading = headers.Read(probe) is { } sent
                    ? Reading(await runner.RunAsync(Definition(probe, sent), ct))
                    : headers.Missing(probe, time.GetUtcNow());
            }
            finally
            {
                _cap.Release();
            }
            var work = UnitOfWork.ForBot("", time.GetUtcNow());
            await services.WithEngineAsync(work, engine => engine.HandleAsync(work, new CommandInput(new RecordProbeResultsCommand(incident, run, [reading])), ct), ct);
            Progress.Recorded();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The result of probe {Probe} for {Incident} could not be recorded", probe.Name, incident);
        }
        finally
        {
            if (_inFlight.AddOrUpdate(key, 0, (_, n) => n - 1) <= 0) _inFlight.TryRemove(new KeyValuePair<string, int>(key, 0));
        }
    }

    private void Track(Task task)
    {
        _running[task] = true;
        task.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    private static ProbeDefinition Definition(Probe probe, IReadOnlyDictionary<string, string> sent) => new(probe.Name, probe.Url)
    {
        Method = new HttpMethod(probe.Method),
        ExpectedStatus = probe.ExpectStatus,
        JsonField = probe.JsonField,
        ExpectedValue = probe.JsonValue,
        Timeout = probe.Timeout,
        Headers = sent,
    };

    private static ProbeReading Reading(ProbeResult result) =>
        new(result.Name, result.Passed, result.StatusCode, result.Failure, result.ElapsedMs, result.Excerpt, result.At, result.Description);
}
