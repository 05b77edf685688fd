using ChatOps.Bot.Alerts;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Web;
using ChatOps.Bot.Web.Dashboard;
using ChatOps.Bot.Workers;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.StatusPage;
using ChatOps.Bot.Teams;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Host;

/// <summary>
/// The web host for chat platforms: Slack's endpoints, Teams' messaging endpoint and the alert webhooks on the
/// standard ASP.NET address setting (<c>ASPNETCORE_URLS</c> or <c>--urls</c>), the inbox, outbox, reminder and probe
/// workers, and <c>/healthz</c>.
/// </summary>
public static class BotHost
{
    public static WebApplication Build(string[] args, IConfiguration settings, Runbook runbook, TimeProvider time)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.AddConfiguration(settings);
        builder.AddLogDefaults();
        builder.Services.AddIncidentEngine(builder.Configuration, runbook, time);
        builder.Services.AddScoped<Inbox>();
        builder.Services.AddSingleton<InboxSignal>();
        builder.Services.AddSingleton<Intake>();
        builder.Services.AddSingleton<IntentProcessor>();
        builder.Services.AddHostedService<InboxWorker>();
        builder.Services.AddHostedService<ReminderWorker>();
        builder.Services.AddHostedService<DrillScheduleWorker>();
        builder.Services.AddHostedService<Housekeeping>();
        builder.Services.AddHostedService<MemoryTrim>();
        builder.Services.AddProbes();
        builder.Services.AddOutbox(builder.Configuration);
        builder.Services.AddSingleton<IEmailOutcomes, EngineEmailOutcomes>();
        builder.Services.AddSlack(builder.Configuration);
        builder.Services.AddTeams(builder.Configuration);
        builder.Services.AddAlerts(builder.Configuration, PrimaryChatPlatform.Of(builder.Configuration));
        builder.Services.AddOperations(builder.Configuration);
        builder.Services.AddStatusPage();
        builder.Services.AddDashboardChanges();
        var dashboard = DashboardOptions.Read(builder.Configuration);
        if (dashboard.UsesOidc) builder.Services.AddDashboard(dashboard, DashboardServices.LocalUser(builder.Configuration));

        var app = builder.Build();
        app.MapSlackEndpoints();
        app.MapTeamsEndpoint();
        app.MapAlertEndpoints();
        app.MapHealth();
        app.MapOperations();
        app.MapStatusPage();
        app.UseStorageFailureAnswer();
        if (dashboard.UsesOidc) app.MapDashboard();
        return app;
    }

    /// <param name="web">Start the dashboard: with an identity provider it is part of this host; without one (local mode) it listens on loopback beside it.</param>
    public static async Task<int> RunAsync(string[] args, IConfiguration settings, Runbook runbook, TimeProvider time, CancellationToken ct, bool web = true)
    {
        await using var app = Build(args, settings, runbook, time);
        StartupSummary.Starting(app.Services, app.Configuration);
        await DatabaseSetup.MigrateAsync(app.Services, ct);
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            // The workers are already running (a taken port fails last): stop them before the services go away.
            await app.StopAsync(CancellationToken.None);
            throw;
        }
        StartupSummary.Listening(app.Services);
        await using var local = web ? await LocalDashboard.StartAsync(app.Services, app.Configuration, ct) : null;
        await app.WaitForShutdownAsync(ct);
        return 0;
    }
}
