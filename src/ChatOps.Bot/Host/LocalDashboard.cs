using ChatOps.Bot.Web.Dashboard;

namespace ChatOps.Bot.Host;

/// <summary>
/// The chat host's dashboard when no identity provider is configured: local mode, on its own loopback listener
/// (<c>Web__Urls</c>). With a provider the dashboard is part of the host itself and this starts nothing.
/// </summary>
public static class LocalDashboard
{
    public static async Task<DashboardServer?> StartAsync(IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        if (DashboardOptions.Read(configuration).UsesOidc) return null;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalDashboard));
        try
        {
            var server = await DashboardServer.StartAsync(services, configuration, ct);
            logger.LogInformation("dashboard (local mode, loopback only) at {Address}", server.Address);
            return server;
        }
        catch (IOException ex)
        {
            logger.LogWarning("the dashboard did not start ({Reason}); set Web__Urls to a free loopback address, or start with --no-web", ex.Message);
            return null;
        }
    }
}
