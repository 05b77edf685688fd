using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;

namespace ChatOps.Core.Learning;

/// <summary>
/// History read through the incident store's full list, for hosts with no query of their own (tests' in-memory store);
/// the bot's database answers <see cref="IIncidentHistory"/> with filtered queries instead.
/// </summary>
public sealed class StoreHistory(IIncidentStore store) : IIncidentHistory
{
    public async Task<IReadOnlyList<Incident>> DeclaredBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await store.ListAsync(includeEnded: true, ct)).Where(i => i.DeclaredAt >= from && i.DeclaredAt < to).OrderBy(i => i.DeclaredAt).ToList();

    public async Task<IReadOnlyList<Incident>> ImpactTouchingAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await store.ListAsync(includeEnded: true, ct)).Where(i => i.Began < to && (i.ImpactEnded is not { } end || end > from)).OrderBy(i => i.DeclaredAt).ToList();

    public async Task<IReadOnlyList<Incident>> WithOpenActionsAsync(CancellationToken ct) =>
        (await store.ListAsync(includeEnded: true, ct)).Where(i => i.Actions.Any(a => a.IsOpen)).OrderBy(i => i.DeclaredAt).ToList();
}
