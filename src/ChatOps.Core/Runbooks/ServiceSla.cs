namespace ChatOps.Core.Runbooks;

/// <summary>
/// One service's monthly availability target (<c>sla:</c>), in percent (99.9), and the credit tiers: a month whose
/// availability is below a tier's <see cref="CreditTier.Below"/> earns its credit (the largest such credit applies).
/// </summary>
public sealed record ServiceSla(string Service, decimal Target, IReadOnlyList<CreditTier> Credits)
{
    /// <summary>The tier that applies to <paramref name="availability"/> (percent), or null when no credit is due.</summary>
    public CreditTier? TierFor(decimal availability) =>
        Credits.Where(t => availability < t.Below).OrderByDescending(t => t.Credit).FirstOrDefault();
}

/// <summary>Below <see cref="Below"/> percent availability in a month, <see cref="Credit"/> percent of that month's fee is credited.</summary>
public sealed record CreditTier(decimal Below, decimal Credit);
