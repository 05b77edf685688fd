using ChatOps.Bot.Tests.Email.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Email.Host;

/// <summary>
/// The real bot on Slack with the shipped runbook (its audiences and communications), sending email through a real SMTP
/// server on loopback in the test process (<see cref="FakeSmtpServer"/>), which may start down.
/// </summary>
public abstract class EmailSlackTest : SlackIncidentTest
{
    public const string StatusUpdates = "CSTATUS001";
    public const string Engineering = "CENGINEER1";

    public FakeSmtpServer Smtp { get; private set; } = null!;

    /// <summary>Whether the mail server is up when the bot starts.</summary>
    protected virtual bool SmtpUp => true;

    public override async Task InitializeAsync()
    {
        Smtp = await FakeSmtpServer.StartAsync(SmtpUp);
        await base.InitializeAsync();
        Slack.AddChannel(StatusUpdates, "status-updates");
        Slack.AddChannel(Engineering, "engineering");
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Email:Smtp:Host"] = "127.0.0.1";
        settings["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Email:Smtp:Security"] = "none";
        settings["Email:Smtp:From"] = "ChatOps <incidents@example.com>";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    protected async Task<Incident> IncidentAsync(string number = "INC-2026-001")
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IIncidentStore>().FindByNumberAsync(number, CancellationToken.None))!;
    }

    /// <summary>
    /// The incident's email record once the outbox is idle: delivery records sent or failed on the incident before it
    /// ends, so an email still unsettled then is waiting for a retry.
    /// </summary>
    protected async Task<CommunicationRecord> SettledEmailAsync(string to)
    {
        await Host.InboxIdleAsync();
        var email = (await IncidentAsync()).Communications.SingleOrDefault(c => c.Via == CommunicationVia.Email && c.Target == to);
        return email is { State: CommunicationState.Sent or CommunicationState.Failed }
            ? email
            : throw new InvalidOperationException($"The email to {to} has not settled once the outbox was idle: {email?.State.ToString() ?? "no record"}.");
    }

    protected async Task<JsonNode> HealthAsync() => JsonNode.Parse(await Host.Client.GetStringAsync("/healthz"))!;

    /// <summary>Moves the clock on, fires what is due, and lets the outbox deliver.</summary>
    protected async Task AdvanceAsync(TimeSpan step)
    {
        await Host.AdvanceAsync(step);
        await Host.FireDueAsync();
        await Host.InboxIdleAsync();
    }

    /// <summary>Texts posted in a channel, in order.</summary>
    protected IReadOnlyList<string> Texts(string channelId) =>
        Slack.Calls.Where(c => c.Method == "chat.postMessage" && c.Arg("channel") == channelId).Select(c => c.Arg("text") ?? "").ToList();
}
