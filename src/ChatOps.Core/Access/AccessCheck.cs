using ChatOps.Core.Commands;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Access;

/// <summary>
/// Decides whether someone may take an action, before anything changes, and says why not in words that tell them
/// whom to ask. Private incidents are closed to everyone but their participants and the admins.
/// </summary>
public static class AccessCheck
{
    /// <summary>The refusal, or null when <paramref name="context"/>'s actor may take <paramref name="action"/>.</summary>
    public static string? Refusal(AccessPolicy policy, IncidentAction action, CommandContext context, Incident? incident)
    {
        if (incident is not null && PrivacyRefusal(policy, context, incident) is { } hidden) return hidden;
        var audience = policy.For(action);
        if (Allows(policy, audience, context, incident)) return null;
        var subject = incident is null ? IncidentActions.Verb(action) : $"{IncidentActions.Verb(action)} {incident.Number}";
        return $"Only {Who(policy, audience, incident)} may {subject}; {Ask(audience, incident)}.";
    }

    /// <summary>The refusal for someone outside a private incident, or null when they may see it.</summary>
    public static string? PrivacyRefusal(AccessPolicy policy, CommandContext context, Incident incident) =>
        !incident.Private || IsMember(policy, context, incident)
            ? null
            : $"{incident.Number} is private: only its participants and admins can see it or act on it. Ask its commander, {People.Mention(incident.Commander)}, to bring you in.";

    /// <summary>A participant (the commander is one) or an admin.</summary>
    public static bool IsMember(AccessPolicy policy, CommandContext context, Incident incident) =>
        policy.IsAdmin(context.Names) || IsParticipant(context, incident);

    public static bool CanSee(AccessPolicy policy, CommandContext context, Incident incident) =>
        !incident.Private || IsMember(policy, context, incident);

    private static bool IsParticipant(CommandContext context, Incident incident) =>
        context.Names.Any(name => incident.Participants.Any(p => People.Same(p, name)));

    private static bool Allows(AccessPolicy policy, Audience audience, CommandContext context, Incident? incident) =>
        audience.HasFlag(Audience.Anyone)
        || (audience.HasFlag(Audience.Admins) && policy.IsAdmin(context.Names))
        || (incident is not null && audience.HasFlag(Audience.Commander) && context.Names.Any(n => People.Same(n, incident.Commander)))
        || (incident is not null && audience.HasFlag(Audience.Participants) && IsParticipant(context, incident));

    private static string Who(AccessPolicy policy, Audience audience, Incident? incident)
    {
        var who = new List<string>();
        // The commander is a participant; when participants may act, the refusal names the commander in whom to ask.
        if (audience.HasFlag(Audience.Commander) && !audience.HasFlag(Audience.Participants) && incident is not null) who.Add($"the commander ({People.Mention(incident.Commander)})");
        if (audience.HasFlag(Audience.Participants)) who.Add(incident is null ? "participants" : $"{incident.Number}'s participants");
        if (audience.HasFlag(Audience.Admins)) who.Add(policy.Admins.Count == 0 ? "admins" : $"admins ({People.Mentions(policy.Admins)})");
        return who.Count switch
        {
            0 => "nobody",
            1 => who[0],
            _ => $"{string.Join(", ", who.Take(who.Count - 1))} or {who[^1]}",
        };
    }

    private static string Ask(Audience audience, Incident? incident)
    {
        if (incident is not null && audience.HasFlag(Audience.Participants))
            return $"ask its commander, {People.Mention(incident.Commander)}, to bring you in, or run /incident status to see who is involved";
        if (incident is not null && audience.HasFlag(Audience.Commander))
            return $"ask the commander, {People.Mention(incident.Commander)}, or an admin to do it";
        return "ask an admin to do it";
    }
}
