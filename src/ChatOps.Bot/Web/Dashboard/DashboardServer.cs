using ChatOps.Bot.StatusPage;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The dashboard on its own listener beside an engine that runs elsewhere in the process: the shell's, or the chat
/// host's when no identity provider is configured (local mode, on loopback only: <c>Web__Urls</c>, default
/// <see cref="DashboardOptions.DefaultUrls"/>).
/// </summary>
public sealed class DashboardServer(WebApplication app, string address) : IAsyncDisposable
{
    /// <summary>The dashboard's address, e.g. <c>http://127.0.0.1:8765/dashboard</c>.</summary>
    public string Address => address;

    public static async Task<DashboardServer> StartAsync(IServiceProvider engine, IConfiguration configuration, CancellationToken ct)
    {
        var options = DashboardOptions.Read(configuration);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Configuration.AddConfiguration(configuration);
        builder.WebHost.UseUrls(options.ListenUrls);
        builder.Services.AddSingleton(engine.GetRequiredService<Runbook>());
        builder.Services.AddSingleton(engine.GetRequiredService<TimeProvider>());
        builder.Services.AddDashboard(options, DashboardServices.LocalUser(configuration), engine);
        builder.Services.AddStatusPage(engine);
        var app = builder.Build();
        app.MapGet("/", () => Results.Redirect(DashboardRoutes.Home));
        app.MapDashboard();
        app.MapStatusPage();
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DashboardServer(app, listening.TrimEnd('/') + DashboardRoutes.Home);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
