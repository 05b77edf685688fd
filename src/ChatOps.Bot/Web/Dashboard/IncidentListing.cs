using System.Linq.Expressions;
using ChatOps.Core.Incidents;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The one rule for which incidents are drills, so the dashboard lists them apart from real incidents. Drills are not
/// recorded yet, so nothing is one; when they are, this is the only line that changes (e.g. <c>i =&gt; i.IsDrill</c>).
/// It is an expression so the database applies it.
/// </summary>
public static class IncidentListing
{
    public static readonly Expression<Func<Incident, bool>> IsDrill = i => i.IsDrill;

    /// <summary>Not a drill: the same rule, negated.</summary>
    public static readonly Expression<Func<Incident, bool>> IsReal = Expression.Lambda<Func<Incident, bool>>(Expression.Not(IsDrill.Body), IsDrill.Parameters);
}
