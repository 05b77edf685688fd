using ChatOps.Core.Access;
using ChatOps.Core.Commands;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The person signed in to the dashboard, as the engine knows people: <see cref="Actor"/> is the id incidents store
/// for them (their Slack or Entra id when the provider gave one, else their email), and <see cref="Names"/> every
/// other name the runbook may use for them (their email, ids, and mapped runbook handles).
/// </summary>
public sealed record DashboardUser(string Actor, string Display, IReadOnlyList<string> Names, bool Local)
{
    /// <summary>The platform name the dashboard's units of work and audit entries carry.</summary>
    public const string Platform = "web";

    /// <summary>The engine's view of this person acting in <paramref name="channel"/> (an incident's channel).</summary>
    public CommandContext Context(string channel) => new(Actor, channel, Platform, Names.Where(n => !People.Same(n, Actor)).ToList());

    public bool IsAdmin(AccessPolicy policy) => policy.IsAdmin(Names);
}
