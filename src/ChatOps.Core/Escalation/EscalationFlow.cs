using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Paging;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Escalation;

/// <summary>Escalation up the severity's chain: the next tier's people are invited and mentioned with the reason.</summary>
public static class EscalationFlow
{
    public static async Task ToNextTierAsync(EngineCall call, Incident incident, Severity severity, string actor, string reason, bool automatic, CancellationToken ct)
    {
        var tier = incident.EscalationTier + 1;
        var step = severity.Escalation[tier - 1];
        incident.Escalate(actor, tier, step, reason, automatic, call.Now);
        await PagingFlow.TriggerAsync(call, incident, PagingFlow.Named(call.Runbook, step.Page), Incident.EscalationTierKey(tier), $"escalated to tier {tier} ({step.Name}): {reason}", actor, ct);
        await call.SaveAsync(incident, ct);
        call.Raise(IncidentEvent.Escalated, incident, $"tier {tier} ({step.Name}){(automatic ? ", automatic" : "")}: {reason}", actor);
        await call.Chat.InviteAsync(incident.ChannelId, step.People, ct);
        var next = ReminderPlanner.NextEscalation(incident, severity);
        var then = next is null ? "" : $" Next tier at {Clock.Format(next.DueAt)} unless acknowledged.";
        await call.PostAsync(incident,
            $"Escalated {incident.Number} ({severity.Key}) to tier {tier}, {step.Name}: please join. Reason: {reason}.{then}",
            mentions: step.People, ct: ct);
    }

    /// <summary>Why the bot escalated on its own to <paramref name="tier"/>: counted from what actually started the wait.</summary>
    public static string NotAcknowledgedReason(Incident incident, Severity severity, int tier)
    {
        var delay = DurationText.Format(severity.Escalation[tier - 1].Delay);
        var changed = incident.Timeline.Any(t => t.Kind == "severity");
        var sinceChange = changed && (incident.LastEscalatedAt is not { } last || incident.SeverityChangedAt >= last);
        if (sinceChange) return $"not acknowledged within {delay} of the change to {severity.Key}";
        return tier == 1
            ? $"not acknowledged within {delay} of declaration at {severity.Key}"
            : $"still not acknowledged {delay} after tier {tier - 1}";
    }
}
