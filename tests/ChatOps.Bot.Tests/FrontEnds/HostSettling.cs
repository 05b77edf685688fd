using ChatOps.Bot.Workers;
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

    /// <summary>Every intent carried out and every due effect delivered: <see cref="LoopbackBotHost.InboxIdleAsync"/>.</summary>
    public static Task SettleAsync(LoopbackBotHost host) => host.InboxIdleAsync();

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

    /// <summary>A reminder row stays due until its incident has fired it (firing plans the next one).</summary>
    private static async Task<bool> AnyDueReminderAsync(LoopbackBotHost host)
    {
        var now = host.Time.GetUtcNow();
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Reminders.AnyAsync(r => r.DueAt <= now);
    }
}
