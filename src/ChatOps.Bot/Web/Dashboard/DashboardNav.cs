namespace ChatOps.Bot.Web.Dashboard;

/// <summary>One entry of the dashboard's navigation; <see cref="AdminsOnly"/> hides it from everyone else.</summary>
public sealed record NavLink(string Path, string Label, bool AdminsOnly = false);

/// <summary>The navigation every page shows. A new page adds its line here and maps its route in <see cref="DashboardEndpoints"/>.</summary>
public static class DashboardNav
{
    public static readonly IReadOnlyList<NavLink> Links =
    [
        new(DashboardRoutes.Incidents, "Incidents"),
        new(DashboardRoutes.Metrics, "Metrics"),
        new(DashboardRoutes.Drills, "Drills"),
        new(DashboardRoutes.FollowUps, "Follow-ups"),
        new(DashboardRoutes.Audit, "Audit log", AdminsOnly: true),
    ];
}
