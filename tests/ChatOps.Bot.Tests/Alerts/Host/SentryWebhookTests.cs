using System.Net;
using static ChatOps.Bot.Tests.Alerts.AlertFixtures;

namespace ChatOps.Bot.Tests.Alerts.Host;

/// <summary>Sentry's documented issue alert and issue webhook, signed with the integration's client secret, are suggested at P2 by the shipped runbook.</summary>
public sealed class SentryWebhookTests : AlertHostTest
{
    [Fact]
    public async Task A_signed_issue_alert_is_suggested_and_Declare_opens_the_incident_at_P2()
    {
        await AssertAnsweredAsync(await SentryAsync(Bytes(SentryEventAlert), "event_alert"), HttpStatusCode.OK, "Received 1 alert(s).");
        await Host.InboxIdleAsync();

        var card = await SuggestionCardAsync("Suggested P2 incident: ReferenceError: heck is not defined");
        Assert.Contains("Sentry", BlocksText(card));
        var declare = Core.Commands.AnswerAlertSuggestion.DeclareActionId;
        await Driver.PressAsync(Bob, Announce, declare, ButtonValue(card, declare));
        await Host.InboxIdleAsync();

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal(("P2", "ReferenceError: heck is not defined", Bob), (incident.SeverityKey, incident.Title, incident.DeclaredBy));
        Assert.Equal(DateTimeOffset.Parse("2019-08-19T21:06:17.677Z", System.Globalization.CultureInfo.InvariantCulture), incident.StartedAt);
        await PostedAsync(IncidentChannel().Id, "Alert firing: Very Important Alert Rule!: ReferenceError: heck is not defined (sentry)");
    }

    [Fact]
    public async Task A_signed_issue_webhook_is_suggested_too()
    {
        await AssertAnsweredAsync(await SentryAsync(Bytes(SentryIssueCreated), "issue"), HttpStatusCode.OK, "Received 1 alert(s).");
        await Host.InboxIdleAsync();

        Assert.Single(await SuggestionsAsync());
        Assert.Single(Slack.Calls, c => c.Method == "chat.postMessage" && c.Arg("channel") == Announce);
    }
}
