using ChatOps.Core.Access;

namespace ChatOps.Core.Engine;

/// <summary>
/// Who may run a command: anyone, whoever the runbook's rule for <see cref="Rule"/> allows, or admins only (and then
/// <see cref="AdminPurpose"/> says what for, in the refusal).
/// </summary>
public sealed record CommandAccess(IncidentAction? Rule, string? AdminPurpose = null)
{
    /// <summary>Anyone may run it (it reads, or records what a platform reported); private incidents stay hidden.</summary>
    public static readonly CommandAccess Anyone = new(Rule: null);

    public static CommandAccess For(IncidentAction action) => new(action);

    public static CommandAccess AdminsOnly(string purpose) => new(Rule: null, AdminPurpose: purpose);

    public override string ToString() => Rule is { } rule ? IncidentActions.Key(rule) : AdminPurpose is null ? "anyone" : "admins";
}
