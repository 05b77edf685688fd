namespace ChatOps.Core.Access;

/// <summary>
/// The runbook's <c>access:</c>: the admins (handles) and, for each action, who may take it. Actions a runbook leaves
/// out take <see cref="Defaults"/>: anyone may declare; the incident's participants (which include its commander)
/// and admins may do the rest.
/// </summary>
public sealed record AccessPolicy(IReadOnlyList<string> Admins, IReadOnlyDictionary<IncidentAction, Audience> Rules)
{
    public const Audience Members = Audience.Participants | Audience.Commander | Audience.Admins;

    public static readonly IReadOnlyDictionary<IncidentAction, Audience> Defaults =
        IncidentActions.All.ToDictionary(a => a, a => a == IncidentAction.Declare ? Audience.Anyone : Members);

    public static readonly AccessPolicy Default = new([], Defaults);

    public Audience For(IncidentAction action) =>
        Rules.TryGetValue(action, out var audience) ? audience : Defaults[action];

    public bool IsAdmin(IEnumerable<string> names) => names.Any(n => Admins.Any(a => People.Same(a, n)));
}
