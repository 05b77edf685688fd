using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Incidents;

/// <summary>
/// A page the incident sent: when, by whom, which pager, for which step (<see cref="Tier"/>: <c>0</c> the declaration,
/// <c>N</c> escalation tier N, <c>manual-N</c> the Nth page by hand), the service's key for the alert, and why. It
/// remembers when it was acknowledged and resolved at the service, so each is sent once.
/// </summary>
public sealed record PageRecord(DateTimeOffset At, string Actor, string Pager, PagerService Service, string Tier, string DedupKey, string Reason)
{
    public DateTimeOffset? AcknowledgedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>PagerDuty's <c>dedup_key</c>: <c>chatops-{number}-{tier}</c>. Opsgenie's <c>alias</c> adds <c>-{pager}</c>.</summary>
    public static string KeyFor(string number, string tier, Pager pager) =>
        pager.Service == PagerService.PagerDuty ? $"chatops-{number}-{tier}" : $"chatops-{number}-{tier}-{pager.Name}";

    /// <summary>"primary (PagerDuty, tier 1)": the pager and the step it was paged for.</summary>
    public string Describe() => $"{Pager} ({Service}, {TierText(Tier)})";

    public static string TierText(string tier) =>
        tier == Incident.DeclarationTier ? "declaration" : tier.StartsWith(Incident.ManualTierPrefix, StringComparison.Ordinal) ? "by hand" : $"tier {tier}";
}
