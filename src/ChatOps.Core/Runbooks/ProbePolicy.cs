namespace ChatOps.Core.Runbooks;

/// <summary>
/// Health checks the bot runs itself (<c>probes:</c>): at declaration for the affected services, on demand, and every
/// <see cref="Every"/> while an incident they belong to is open. Only these URLs are ever fetched.
/// </summary>
public sealed record ProbePolicy(IReadOnlyList<Probe> Checks, TimeSpan Every)
{
    public static readonly TimeSpan DefaultEvery = TimeSpan.FromMinutes(1);

    public static readonly ProbePolicy None = new([], DefaultEvery);

    public Probe? Find(string name) => Checks.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The probes of <paramref name="services"/> (a probe naming no services belongs to every incident).</summary>
    public IReadOnlyList<Probe> For(IEnumerable<string> services)
    {
        var wanted = services.ToList();
        return Checks.Where(p => p.Services.Count == 0 || p.Services.Any(s => wanted.Contains(s, StringComparer.OrdinalIgnoreCase))).ToList();
    }
}

/// <summary>One health check: what to fetch and what a healthy answer looks like.</summary>
/// <param name="JsonField">A dotted path into a JSON body (<c>status</c>, <c>checks.db</c>) whose value must be <paramref name="JsonValue"/>.</param>
/// <param name="HeaderVariables">Request headers whose values come from these environment variables (secrets stay out of the runbook).</param>
public sealed record Probe(
    string Name,
    Uri Url,
    string Method,
    int ExpectStatus,
    string? JsonField,
    string? JsonValue,
    TimeSpan Timeout,
    IReadOnlyDictionary<string, string> HeaderVariables,
    IReadOnlyList<string> Services)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);
}
