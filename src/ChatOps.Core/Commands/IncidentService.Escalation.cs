using ChatOps.Core.Incidents;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>Escalation up the severity's chain: the tier's people are invited and mentioned with the reason.</summary>
public sealed partial class IncidentService
{
    private async Task<CommandReply> EscalateAsync(CommandContext context, Incident incident, EscalateCommand command, CancellationToken ct)
    {
        if (command.FromTier is { } from && incident.EscalationTier != from && incident.Escalations.LastOrDefault() is { } last)
            return new CommandReply($"{incident.Number} was already escalated to tier {last.Tier} ({last.TierName}) by {last.Actor} at {Clock.Format(last.At)}; nothing changed. Press Escalate on the updated card to go further.");
        var severity = SeverityOf(incident);
        if (!incident.IsActive) throw new IncidentRuleException($"Cannot escalate {incident.Number}: it is {incident.Status.ToString().ToLowerInvariant()}.");
        if (incident.EscalationTier >= severity.Escalation.Count)
            throw new IncidentRuleException(severity.Escalation.Count == 0
                ? $"{severity.Key} has no escalation chain in this runbook; invite people with /incident role or raise the severity with /incident sev <SEV>."
                : $"{incident.Number} is already at the top tier of the {severity.Key} chain (tier {incident.EscalationTier}); raise the severity with /incident sev <SEV> to go further.");
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? $"escalated by {context.Actor}" : command.Reason.Trim();
        await EscalateToNextTierAsync(incident, severity, context.Actor, reason, automatic: false, ct);
        return new CommandReply($"Escalated {incident.Number} to tier {incident.EscalationTier}.");
    }

    private async Task EscalateToNextTierAsync(Incident incident, Severity severity, string actor, string reason, bool automatic, CancellationToken ct)
    {
        var tier = incident.EscalationTier + 1;
        var step = severity.Escalation[tier - 1];
        incident.Escalate(actor, tier, step, reason, automatic, Now);
        await SaveAsync(incident, ct);
        await chat.InviteAsync(incident.ChannelId, step.People, ct);
        var next = Reminders.ReminderPlanner.NextEscalation(incident, severity);
        var then = next is null ? "" : $" Next tier at {Clock.Format(next.DueAt)} unless acknowledged.";
        await PostAsync(incident,
            $"Escalated {incident.Number} ({severity.Key}) to tier {tier}, {step.Name}: please join. Reason: {reason}.{then}",
            mentions: step.People, ct: ct);
    }

    private static string NotAcknowledgedReason(Severity severity, int tier) =>
        tier == 1
            ? $"not acknowledged within {DurationText.Format(severity.Escalation[0].Delay)} of declaration at {severity.Key}"
            : $"still not acknowledged {DurationText.Format(severity.Escalation[tier - 1].Delay)} after tier {tier - 1}";
}
