using ChatOps.Bot.Engine;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Web;
using ChatOps.Bot.Workers;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Teams;
using ChatOps.Core.Runbooks;

namespace ChatOps.Bot.Host;

/// <summary>
/// The web host for chat platforms: Slack's endpoints and Teams' messaging endpoint on the standard ASP.NET address
/// setting (<c>ASPNETCORE_URLS</c> or <c>--urls</c>), the inbox, outbox and reminder workers, and <c>/healthz</c>.
/// </summary>
public static class BotHost
{
    public static WebApplication Build(string[] args, IConfiguration settings, Runbook runbook, TimeProvider time)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Configuration.AddConfiguration(settings);
        // The reminder worker queries every second; SQL at Information level would drown the log.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddIncidentEngine(builder.Configuration, runbook, time);
        builder.Services.AddScoped<Inbox>();
        builder.Services.AddSingleton<InboxSignal>();
        builder.Services.AddSingleton<Intake>();
        builder.Services.AddSingleton<IntentProcessor>();
        builder.Services.AddHostedService<InboxWorker>();
        builder.Services.AddHostedService<ReminderWorker>();
        builder.Services.AddHostedService<Housekeeping>();
        builder.Services.AddOutbox(builder.Configuration);
        builder.Services.AddSlack(builder.Configuration);
        builder.Services.AddTeams(builder.Configuration);
        builder.Services.AddOperations(builder.Configuration);

        var app = builder.Build();
        app.MapSlackEndpoints();
        app.MapTeamsEndpoint();
        app.MapHealth();
        app.MapOperations();
        return app;
    }

    public static async Task<int> RunAsync(string[] args, IConfiguration settings, Runbook runbook, TimeProvider time, CancellationToken ct)
    {
        await using var app = Build(args, settings, runbook, time);
        await DatabaseSetup.MigrateAsync(app.Services, ct);
        await app.RunAsync(ct);
        return 0;
    }
}
