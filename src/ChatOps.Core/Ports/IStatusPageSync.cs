using ChatOps.Core.StatusPage;

namespace ChatOps.Core.Ports;

/// <summary>
/// Where the engine sends what it published, inside its unit of work, for an external status page (Atlassian
/// Statuspage): the host records each push durably with the change that caused it and delivers it afterwards, in order
/// per public incident.
/// </summary>
public interface IStatusPageSync
{
    Task PushAsync(StatusPagePush push, CancellationToken ct);
}

/// <summary>
/// The public incident as it stands after a change: its public id (the key that keeps one external incident per
/// incident), public title, and the update just published (<see cref="Status"/> and <see cref="Body"/>, null when only
/// components changed), with every component the incident set and its status now.
/// </summary>
public sealed record StatusPagePush(
    string PublicId,
    string IncidentNumber,
    string ChannelId,
    string Name,
    PublicStatus? Status,
    string? Body,
    IReadOnlyList<PushedComponent> Components);

/// <summary>A component's status, with its id on the external page when the runbook gives one.</summary>
public sealed record PushedComponent(string Key, string? StatuspageId, ComponentStatus Status);

/// <summary>Syncs nowhere: hosts without an external status page, and tests that do not look.</summary>
public sealed class NoStatusPageSync : IStatusPageSync
{
    public static readonly NoStatusPageSync Instance = new();

    public Task PushAsync(StatusPagePush push, CancellationToken ct) => Task.CompletedTask;
}
