namespace ChatOps.Core.StatusPage;

/// <summary>
/// One update published to the status page: when, by whom (kept internal), the public status, the public text as
/// published (the template filled), and the components it set.
/// </summary>
public sealed record PublicUpdate(DateTimeOffset At, string Actor, PublicStatus Status, string Text, IReadOnlyList<ComponentImpact> Components);
