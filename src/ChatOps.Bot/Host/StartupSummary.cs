using ChatOps.Bot.Alerts;
using ChatOps.Bot.Engine;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Teams;
using ChatOps.Core.Runbooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Host;

/// <summary>
/// What a person checks first in a log: which front ends run, on which runbook and database (a file, or host and
/// database; never a password or token), where post-mortems go and declarations are announced, which alert webhooks
/// can verify what they receive, whether each pager's credentials are set, and then where the bot listens.
/// </summary>
public static class StartupSummary
{
    public const string Category = "ChatOps.Bot.Host.Startup";

    /// <summary>Before the database is prepared, so a start that hangs or fails there has already said what it tried.</summary>
    public static void Starting(IServiceProvider services, IConfiguration configuration)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        var slack = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        var teams = services.GetRequiredService<IOptions<TeamsOptions>>().Value;
        var runbook = services.GetRequiredService<Runbook>();
        logger.LogInformation("ChatOps {Version} starting: {FrontEnds}; runbook {Runbook} \"{RunbookName}\"",
            BotProgram.Version, FrontEnds(slack, teams), configuration["Runbook:Path"] is { Length: > 0 } path ? Path.GetFullPath(path) : "runbooks/default.yaml (embedded)", runbook.Name);
        logger.LogInformation("Storage: {Storage}; post-mortems in {PostMortems}; declarations announced in {Announce}; alerts taken from {AlertWebhooks}",
            services.GetRequiredService<StorageOptions>().Describe(), FilePostMortemArchive.DirectoryOf(configuration), Announce(slack, teams, runbook),
            AlertWebhooks(services.GetRequiredService<IOptions<AlertOptions>>().Value));
        Pagers(logger, runbook, services.GetRequiredService<PagingSettings>());
        logger.LogInformation("{Statuspage}", StatuspageSettings.Describe(StatuspageSettings.Read(configuration)));
        logger.LogInformation("{Email}", EmailLine(services.GetRequiredService<EmailSettingsReader>().Current, runbook));
    }

    /// <summary>"Email: SMTP smtp.example.com:587 (starttls) from ...; 2 audience(s) with addresses", or off (never the password).</summary>
    public static string EmailLine(Email.SmtpSettings? smtp, Runbook runbook)
    {
        var withEmail = runbook.Audiences.Count(a => a.Email.Count > 0);
        return smtp is null
            ? $"Email: off ({Email.SmtpSettings.Env("Host")} is not set){(withEmail > 0 ? $"; /incident notify posts in chat only, {withEmail} audience(s) with email addresses will not be emailed" : "")}"
            : $"Email: SMTP {smtp.Describe()}; {withEmail} audience(s) with email addresses";
    }

    /// <summary>One line per pager: whether the setting holding its credentials is set (never the secret itself).</summary>
    private static void Pagers(ILogger logger, Runbook runbook, PagingSettings paging)
    {
        foreach (var (isSet, line) in PagerLines(runbook, paging))
        {
            if (isSet) logger.LogInformation("{Pager}", line);
            else logger.LogWarning("{Pager}", line);
        }
    }

    /// <summary>"Pager primary (PagerDuty): PAGERDUTY_ROUTING_KEY is set", or NOT set with what follows.</summary>
    public static IEnumerable<(bool IsSet, string Line)> PagerLines(Runbook runbook, PagingSettings paging) =>
        runbook.Pagers.Select(pager => paging.Credentials(pager) is var (isSet, setting) && isSet
            ? (true, $"Pager {pager.Describe()}: {setting} is set")
            : (false, $"Pager {pager.Describe()}: {setting} is NOT set; pages to it will fail and be reported in the incident channel"));

    /// <summary>Once the server is up: the addresses it really bound (a port 0 has become a number); and a line when it stops.</summary>
    public static void Listening(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        logger.LogInformation("Listening on {Addresses}", addresses.Count > 0 ? string.Join(", ", addresses) : "nothing");
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => logger.LogInformation("Stopping: finishing the work in hand"));
    }

    private static string FrontEnds(SlackOptions slack, TeamsOptions teams)
    {
        var ends = new List<string>();
        if (slack.HttpConfigured && slack.SocketModeConfigured) ends.Add("Slack (HTTP endpoints and Socket Mode)");
        else if (slack.HttpConfigured) ends.Add("Slack (HTTP endpoints)");
        else if (slack.SocketModeConfigured) ends.Add("Slack (Socket Mode)");
        if (teams.Configured) ends.Add("Teams");
        return ends.Count > 0 ? string.Join(" and ", ends) : "no chat platform";
    }

    /// <summary>The alert webhooks that can verify a request (the others refuse every one).</summary>
    private static string AlertWebhooks(AlertOptions alerts)
    {
        var secrets = alerts.Secrets();
        var open = new List<string>();
        if (secrets.Token.Length > 0) open.Add("alertmanager");
        if (secrets.Token.Length > 0 || secrets.GrafanaSecret.Length > 0) open.Add("grafana");
        if (secrets.PagerDutySecrets.Count > 0) open.Add("pagerduty");
        if (secrets.SentrySecret.Length > 0) open.Add("sentry");
        return open.Count > 0 ? string.Join(", ", open) : "nowhere (no Alerts__ token or secret is set)";
    }

    private static string Announce(SlackOptions slack, TeamsOptions teams, Runbook runbook)
    {
        var where = new List<string>();
        if (slack.Configured) where.Add(slack.AnnounceChannel.Length > 0 ? $"Slack {slack.AnnounceChannel}" : $"Slack #{runbook.Channels.Announce}");
        if (teams.Configured) where.Add(teams.AnnounceChannelId.Length > 0 ? $"Teams {teams.AnnounceChannelId}" : "Teams: nowhere (Teams__AnnounceChannelId is not set)");
        return string.Join(" and ", where);
    }
}
