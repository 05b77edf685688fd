using System.Globalization;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Incidents;

/// <summary>The pages an incident sent (see <see cref="PageRecord"/>): each pager once per step, acknowledged and resolved once.</summary>
public sealed partial class Incident
{
    /// <summary>The step of a page sent at declaration, or when the severity was raised to one that pages.</summary>
    public const string DeclarationTier = "0";

    public const string ManualTierPrefix = "manual-";

    private List<PageRecord> _pages = [];

    public IReadOnlyList<PageRecord> Pages => _pages;

    public static string EscalationTierKey(int tier) => tier.ToString(CultureInfo.InvariantCulture);

    /// <summary>The step of the next page by hand: <c>manual-1</c>, <c>manual-2</c>, ...</summary>
    public string NextManualTier() => ManualTierPrefix + (_pages.Select(p => p.Tier).Distinct().Count(t => t.StartsWith(ManualTierPrefix, StringComparison.Ordinal)) + 1).ToString(CultureInfo.InvariantCulture);

    public bool WasPaged(string pager, string tier) =>
        _pages.Any(p => p.Tier == tier && string.Equals(p.Pager, pager, StringComparison.OrdinalIgnoreCase));

    /// <summary>Records a page to send now; null when this pager was already paged for this step (nothing changes).</summary>
    public PageRecord? RecordPage(string actor, Pager pager, string tier, string reason, DateTimeOffset now)
    {
        RequireActive("page for");
        if (WasPaged(pager.Name, tier)) return null;
        var page = new PageRecord(now, actor, pager.Name, pager.Service, tier, PageRecord.KeyFor(Number, tier, pager), reason);
        _pages.Add(page);
        Record(now, actor, "paged", $"Paged {page.Describe()}: {reason} [{page.DedupKey}]");
        return page;
    }

    /// <summary>Marks every page not yet acknowledged or resolved as acknowledged and returns them, to tell their services.</summary>
    public IReadOnlyList<PageRecord> AcknowledgePages(string actor, DateTimeOffset now) =>
        Settle(actor, now, p => p.AcknowledgedAt is null && p.ResolvedAt is null, p => p with { AcknowledgedAt = now }, "acknowledged");

    /// <summary>Marks every page not yet resolved as resolved and returns them, to tell their services.</summary>
    public IReadOnlyList<PageRecord> ResolvePages(string actor, DateTimeOffset now) =>
        Settle(actor, now, p => p.ResolvedAt is null, p => p with { ResolvedAt = now }, "resolved");

    private List<PageRecord> Settle(string actor, DateTimeOffset now, Func<PageRecord, bool> open, Func<PageRecord, PageRecord> settle, string verb)
    {
        var settled = new List<PageRecord>();
        for (var i = 0; i < _pages.Count; i++)
        {
            if (!open(_pages[i])) continue;
            _pages[i] = settle(_pages[i]);
            settled.Add(_pages[i]);
        }
        if (settled.Count > 0)
            Record(now, actor, "page-" + verb, $"Pages {verb} at the paging services: {string.Join(", ", settled.Select(p => p.Describe()))}");
        return settled;
    }
}
