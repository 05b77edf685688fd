namespace ChatOps.Bot.Web.Dashboard;

/// <summary>The dashboard's addresses, all under <see cref="Root"/>.</summary>
public static class DashboardRoutes
{
    public const string Root = "/dashboard";
    public const string Home = Root;
    public const string SignIn = Root + "/signin";
    public const string SignOut = Root + "/signout";
    public const string Callback = Root + "/signin-oidc";
    public const string Incidents = Root + "/incidents";
    public const string Audit = Root + "/audit";
    public const string Static = Root + "/static";
    public const string Api = Root + "/api";
    public const string Metrics = Root + "/metrics";
    public const string ReportJson = Api + "/report";
    public const string Drills = Root + "/drills";
    public const string FollowUps = Root + "/followups";

    public static string Incident(string number) => $"{Incidents}/{Uri.EscapeDataString(number)}";

    public static string IncidentJson(string number) => $"{Api}/incidents/{Uri.EscapeDataString(number)}";

    public static string PostMortem(string number) => Incident(number) + "/postmortem";
}
