using ChatOps.Core.Engine;
using ChatOps.Core.Messaging;
using ChatOps.Core.Time;

namespace ChatOps.Core.Drills;

/// <summary>
/// Reminds each schedule's owner when a drill falls due and names the scenario whose turn it is. The state is stored
/// (see <see cref="DrillScheduleState"/>), so a reminder that fell due while the bot was down is sent when it is back,
/// once, however many times the schedule came round meanwhile.
/// </summary>
public static class DrillScheduling
{
    /// <summary>Sends every reminder due at the unit of work's time; returns how many.</summary>
    public static async Task<int> FireAsync(EngineCall call, CancellationToken ct)
    {
        var sent = 0;
        foreach (var schedule in call.Runbook.Drills.Schedules)
        {
            var state = await call.DrillLog.ScheduleStateAsync(schedule.Name, ct);
            if (state is null)
            {
                // First seen now: the first drill is the schedule's next time from here on.
                await call.DrillLog.SaveScheduleStateAsync(null, new DrillScheduleState(schedule.Name, call.Now, 0), ct);
                continue;
            }
            if (schedule.NextAfter(state.Since) is not { } due || due > call.Now) continue;
            var scenario = call.Runbook.Drills.Find(schedule.ScenarioAt(state.Reminded));
            var next = schedule.NextAfter(call.Now);
            await call.Chat.PostAsync(call.Runbook.Channels.Announce, new ChatMessage(
                $"{DrillRules.Tag} due ({schedule.Name}, since {Clock.Format(due)}): time for the {scenario?.Name ?? schedule.ScenarioAt(state.Reminded)} drill. "
                + $"Start it with /incident drill start {schedule.ScenarioAt(state.Reminded)}.{(next is { } after ? $" The next one is due {Clock.Format(after)} ({schedule.ScenarioAt(state.Reminded + 1)})." : "")}",
                Mentions: [schedule.Owner]), ct);
            await call.DrillLog.SaveScheduleStateAsync(state, state with { Since = call.Now, Reminded = state.Reminded + 1 }, ct);
            sent++;
        }
        return sent;
    }

    /// <summary>"quarterly tabletop: next due 2026-04-02 10:00 UTC (in 19d), scenario webhook-5xx; owner @founder; cron ...".</summary>
    public static async Task<string> DescribeAsync(EngineCall call, CancellationToken ct)
    {
        var schedules = call.Runbook.Drills.Schedules;
        if (schedules.Count == 0)
            return "This runbook schedules no drills; add drills.schedule (cron, owner, rotation) to be reminded when one is due.";
        var lines = new List<string> { "Drill schedules (times in UTC):" };
        foreach (var schedule in schedules)
        {
            var state = await call.DrillLog.ScheduleStateAsync(schedule.Name, ct);
            var due = schedule.NextAfter(state?.Since ?? call.Now);
            var turn = schedule.ScenarioAt(state?.Reminded ?? 0);
            var when = due is not { } at ? "never again (the cron has no later time)"
                : at <= call.Now ? $"{Clock.Format(at)} (due now)"
                : $"{Clock.Format(at)} (in {DurationText.Approximate(at - call.Now)})";
            lines.Add($"- {schedule.Name}: next due {when}, scenario {turn} ({call.Runbook.Drills.Find(turn)?.Name}); owner @{schedule.Owner}; cron \"{schedule.Cron}\"; rotation {string.Join(", ", schedule.Rotation)}");
        }
        return string.Join('\n', lines);
    }
}
