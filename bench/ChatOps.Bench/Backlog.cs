using System.Diagnostics;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bench;

/// <summary>
/// What the bot still has to do: intents not yet carried out and effects not yet delivered, leaving out posts to the
/// announce channel. Slack takes about one message per channel per second, so announcements of a burst of declares
/// drain at that rate whatever the bot does (see BENCHMARKS.md); everything else is the bot's own speed.
/// </summary>
public static class Backlog
{
    public static async Task<(int Intents, int Effects)> CountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
        var intents = await db.Inbox.CountAsync(r => r.ProcessedAt == null && r.Attempts < Inbox.MaxAttempts);
        var announce = $"\"channel\":\"{scope.ServiceProvider.GetRequiredService<ChatOps.Core.Runbooks.Runbook>().Channels.Announce}\"";
        var effects = await db.Outbox().CountAsync(e => e.Status == EffectStatus.Pending && !e.Payload.Contains(announce));
        return (intents, effects);
    }

    /// <summary>What the pending effects are, for the message of a backlog that would not drain.</summary>
    private static async Task<string> StuckAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>();
        var pending = await db.Outbox().AsNoTracking().Where(e => e.Status == EffectStatus.Pending)
            .GroupBy(e => new { e.Kind, e.LastError }).Select(g => new { g.Key.Kind, g.Key.LastError, Count = g.Count() }).ToListAsync();
        return "pending effects: " + string.Join("; ", pending.OrderByDescending(p => p.Count).Take(5).Select(p => $"{p.Count} × {p.Kind} (last error: {p.LastError ?? "none"})"));
    }

    /// <summary>Waits (polling twice a second: this is another thread's work, seen through the database) until nothing is left; returns how long that took.</summary>
    public static async Task<TimeSpan> DrainAsync(IServiceProvider services, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (await CountAsync(services) is (0, 0)) return Stopwatch.GetElapsedTime(started);
            await Task.Delay(500);
        }
        var (intents, effects) = await CountAsync(services);
        throw new TimeoutException($"The bot still had {intents} intent(s) and {effects} effect(s) to carry out after {timeout}; {await StuckAsync(services)}.");
    }
}
