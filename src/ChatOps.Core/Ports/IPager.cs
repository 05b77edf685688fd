using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Ports;

/// <summary>
/// Where the engine sends pages, inside its unit of work: the host records each one durably with the state change
/// that caused it and delivers it afterwards through the pager's service.
/// </summary>
public interface IPager
{
    Task PageAsync(PageRequest request, CancellationToken ct);
}

/// <summary>What a page does at the paging service: open the alert, stop its notifications, or close it.</summary>
public enum PageAction
{
    Trigger,
    Acknowledge,
    Resolve,
}

/// <summary>
/// One page to send. <see cref="DedupKey"/> is the service's key for the alert (PagerDuty <c>dedup_key</c>, Opsgenie
/// <c>alias</c>), the same for its trigger, acknowledge and resolve, so a retry never opens a second alert.
/// <see cref="SeverityRank"/> is the severity's place in the runbook (0 = the most severe), for the service's own scale.
/// </summary>
public sealed record PageRequest(
    Pager Pager,
    PageAction Action,
    string DedupKey,
    string Summary,
    string Severity,
    int SeverityRank,
    string IncidentNumber,
    string ChannelId,
    string Reason,
    string Actor);

/// <summary>Pages nobody: for front ends that do not page (the shell, tests that do not look at pages).</summary>
public sealed class NoPager : IPager
{
    public static readonly NoPager Instance = new();

    public Task PageAsync(PageRequest request, CancellationToken ct) => Task.CompletedTask;
}
