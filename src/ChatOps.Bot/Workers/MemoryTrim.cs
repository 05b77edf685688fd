namespace ChatOps.Bot.Workers;

/// <summary>
/// Hands memory back to the system once a burst is over. The garbage collector keeps what it committed during a burst
/// (its allocation budget grows with the load) and only gives it back at a later collection, which an idle process
/// never makes: after 500 declares the bot held 120-165 MB of anonymous memory for a live heap of under 10 MB
/// (BENCHMARKS.md, memory). So when much was allocated since the last trim and the last few seconds were quiet, one
/// aggressive collection (compacting, decommitting what is free) runs, and the C library's heap gives back what native
/// code freed (<see cref="NativeHeapTrim"/>); in a quiet process it takes a few milliseconds.
/// </summary>
public sealed class MemoryTrim(TimeProvider time, ILogger<MemoryTrim> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Allocated since the last trim for another to be worth it.</summary>
    public const long Burst = 64L << 20;

    /// <summary>At most this much allocated during the last <see cref="Interval"/>: the burst is over.</summary>
    public const long Quiet = 8L << 20;

    /// <summary>Whether to trim now, from the bytes allocated since the last trim and during the last interval.</summary>
    public static bool ShouldTrim(long sinceTrim, long lastInterval) => sinceTrim >= Burst && lastInterval <= Quiet;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var atTrim = GC.GetTotalAllocatedBytes();
        var atLastLook = atTrim;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var now = GC.GetTotalAllocatedBytes();
            if (ShouldTrim(now - atTrim, now - atLastLook))
            {
                var before = Environment.WorkingSet;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                NativeHeapTrim.Run();
                now = GC.GetTotalAllocatedBytes();
                atTrim = now;
                logger.LogDebug("Trimmed memory after a burst: resident {Before} MB, now {After} MB", before >> 20, Environment.WorkingSet >> 20);
            }
            atLastLook = now;
        }
    }
}
