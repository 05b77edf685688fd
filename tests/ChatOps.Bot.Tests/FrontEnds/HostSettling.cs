using ChatOps.Bot.Workers;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// Waits until a loopback host has finished what it was given (every intent carried out, every due effect delivered),
/// and moves its clock on as the Slack and Teams whole-incident tests do.
/// </summary>
public static class HostSettling
{
    private const int Rounds = 100;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    public static async Task SettleAsync(LoopbackBotHost host)
    {
        await host.InboxIdleAsync();
        // InboxIdleAsync asks "is a head ready?" and "is one in flight?" in two queries: a delivery that ends between
        // them leaves the next effect of its queue unsent and the host looking idle. One query has no such gap.
        var signal = host.Services.GetRequiredService<OutboxSignal>();
        for (var round = 0; round < Rounds; round++)
        {
            // Taken before looking, so a pass that ends in between is not missed.
            var idle = signal.NextIdle;
            if (!await AnyDueEffectAsync(host)) return;
            signal.Wake();
            await idle.WaitAsync(Wait);
        }
        throw new TimeoutException($"Effects were still due after {Rounds} passes of the outbox worker.");
    }

    /// <summary>
    /// Moves the clock under the engine gate, fires what fell due, waits for any reminder the reminder worker claimed on
    /// the way (its round ends after firing it), and settles.
    /// </summary>
    public static async Task AdvanceAsync(LoopbackBotHost host, TimeSpan step)
    {
        await host.AdvanceAsync(step);
        await host.FireDueAsync();
        var worker = host.Services.GetServices<IHostedService>().OfType<ReminderWorker>().Single();
        for (var round = 0; round < Rounds; round++)
        {
            var next = worker.NextRound;
            if (!await AnyDueReminderAsync(host))
            {
                await SettleAsync(host);
                return;
            }
            await next.WaitAsync(Wait);
        }
        throw new TimeoutException($"Reminders were still due after {Rounds} rounds of the reminder worker.");
    }

    /// <summary>Pending and due, whether a delivery has it or not.</summary>
    private static async Task<bool> AnyDueEffectAsync(LoopbackBotHost host)
    {
        var now = host.Time.GetUtcNow();
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Outbox()
            .AnyAsync(e => e.Status == EffectStatus.Pending && (e.NextAttemptAt <= now || e.ClaimedBy != null));
    }

    /// <summary>A reminder row stays due until its incident has fired it (firing plans the next one).</summary>
    private static async Task<bool> AnyDueReminderAsync(LoopbackBotHost host)
    {
        var now = host.Time.GetUtcNow();
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Reminders.AnyAsync(r => r.DueAt <= now);
    }
}
