namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The services the engine runs in: the web host's own, or the shell's when the shell starts the dashboard beside it,
/// so a command typed in the terminal and a button pressed in the browser meet the same engine gate and database.
/// </summary>
public sealed class DashboardEngine(IServiceProvider services)
{
    public IServiceProvider Services => services;
}
