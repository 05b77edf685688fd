using ChatOps.Bot.Workers;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatOps.Bot.Tests.Hosting;

/// <summary>The reminder worker fires each incident in its own unit of work, so one that fails holds up no other.</summary>
public sealed class ReminderWorkerTests : SlackIncidentTest
{
    [Fact]
    public async Task An_incident_whose_reminders_cannot_fire_does_not_hold_up_the_others()
    {
        // An incident whose stored timeline is damaged: loading it to fire its reminders fails every time.
        var runbook = Host.Services.GetRequiredService<Runbook>();
        var damaged = Incident.Declare(2026, 90, "Damaged row", runbook.FindSeverity("P0")!, "alice", "alice",
            DeclareDetails.None, "C0DAMAGED1", "inc-2026-090-damaged", SlackBotHost.Start.AddMinutes(-1));
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIncidentStore>().SaveAsync(damaged, ReminderPlanner.Plan(damaged, runbook), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Database.ExecuteSqlAsync($"UPDATE \"Incidents\" SET \"Timeline\" = 'not json' WHERE \"Id\" = {damaged.Id}");
        }
        var channel = await DeclareAsync();
        await Host.InboxIdleAsync();

        var worker = Host.Services.GetServices<IHostedService>().OfType<ReminderWorker>().Single();
        for (var round = 0; round < 5 && Slack.Calls.All(c => !c.Body.Contains("to tier 1", StringComparison.Ordinal)); round++)
        {
            var next = worker.NextRound;
            Host.Time.Advance(round == 0 ? TimeSpan.FromMinutes(6) : TimeSpan.FromSeconds(1));
            await next.WaitAsync(Wait);
            await Host.InboxIdleAsync();
        }

        await PostedAsync(channel.Id, "(P0) to tier 1");
    }
}
