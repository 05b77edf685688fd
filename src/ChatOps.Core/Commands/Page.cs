using System.Globalization;
using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Paging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Commands;

/// <summary>A page by hand: one pager by name, or the pagers of escalation tier <see cref="Tier"/> of the incident's severity.</summary>
public sealed record PageCommand(string? Pager, int? Tier, string? Reason) : IncidentCommand;

/// <summary>
/// Wakes someone now, whatever the runbook's timing: each page by hand is a new alert (<c>manual-N</c>), so it rings
/// even when the same pager was already paged for the declaration or a tier.
/// </summary>
public sealed class Page : IncidentCommandHandler<PageCommand>
{
    public override CommandSpec Spec { get; } = new(["page"], "/incident page <pager|tier N> [reason...]",
        CommandAccess.For(IncidentAction.Escalate), CommandTarget.Incident, 85);

    public override ParseResult Parse(CommandArgs args)
    {
        if (args.Count == 0) return ParseResult.Fail(Usage);
        if (!string.Equals(args[0], "tier", StringComparison.OrdinalIgnoreCase)) return new PageCommand(args[0], null, Reason(args, 1));
        return args.Count >= 2 && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var tier) && tier >= 1
            ? new PageCommand(null, tier, Reason(args, 2))
            : ParseResult.Fail($"Name the tier by its number: /incident page tier 2 [reason]. {Usage}");
    }

    private const string Usage = "Name a pager or a tier: /incident page <pager|tier N> [reason], for example /incident page primary database is on fire.";

    private static string? Reason(CommandArgs args, int from) => args.Count > from ? args.Rest(from) : null;

    protected override string Describe(PageCommand command) =>
        Words("page", command.Pager ?? $"tier {command.Tier}", command.Reason);

    protected override void Check(EngineCall call, PageCommand command)
    {
        if (command.Pager is { } name) RequirePager(call.Runbook, name);
    }

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, PageCommand command, Incident incident, CancellationToken ct)
    {
        if (!incident.IsActive) throw new IncidentRuleException($"Cannot page for {incident.Number}: it is {incident.Status.ToString().ToLowerInvariant()}.");
        var pagers = command.Pager is { } name ? [RequirePager(call.Runbook, name)] : TierPagers(call, incident, command.Tier!.Value);
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? $"paged by {call.Actor}" : command.Reason.Trim();
        var sent = await PagingFlow.TriggerAsync(call, incident, pagers, incident.NextManualTier(), reason, call.Actor, ct);
        if (sent.Count == 0)
            throw new IncidentRuleException($"{incident.Number} may not page anyone now; nothing was sent.");
        await call.SaveAsync(incident, ct);
        return new CommandReply($"Paged {string.Join(", ", sent.Select(p => p.Pager))} for {incident.Number}.");
    }

    private static Pager RequirePager(Runbook runbook, string name) =>
        runbook.FindPager(name) ?? throw new IncidentRuleException(runbook.Pagers.Count == 0
            ? "This runbook names no pagers; list them under pagers: (a PagerDuty routing key's variable, or Opsgenie responders)."
            : $"No pager '{name}'; this runbook's pagers are {string.Join(", ", runbook.Pagers.Select(p => p.Name))} (or page a tier: /incident page tier N).");

    private static IReadOnlyList<Pager> TierPagers(EngineCall call, Incident incident, int tier)
    {
        var severity = call.SeverityOf(incident);
        if (tier > severity.Escalation.Count)
            throw new IncidentRuleException(severity.Escalation.Count == 0
                ? $"{severity.Key} has no escalation tiers in this runbook; name a pager instead: /incident page <pager>."
                : $"{severity.Key} has tiers 1 to {severity.Escalation.Count}; /incident page tier N names one of them.");
        var step = severity.Escalation[tier - 1];
        if (step.Page.Count == 0)
            throw new IncidentRuleException($"Tier {tier} of {severity.Key} ({step.Name}) pages nobody in this runbook; name a pager instead: /incident page <pager>.");
        return PagingFlow.Named(call.Runbook, step.Page);
    }
}
