namespace ChatOps.Core.Runbooks;

/// <summary>
/// A step of the escalation chain. Tier 1 fires <see cref="Delay"/> after declaration (its delay defaults to the
/// severity's respond-within); each later tier fires its delay after the previous escalation.
/// </summary>
public sealed record EscalationTier(string Name, TimeSpan Delay, IReadOnlyList<string> People)
{
    /// <summary>The pagers paged when this tier fires.</summary>
    public IReadOnlyList<string> Page { get; init; } = [];
}
