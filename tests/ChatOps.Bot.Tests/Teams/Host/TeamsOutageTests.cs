using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Teams.Inbound;
using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>
/// The Bot Connector and Graph fail (500, 429 with Retry-After, dropped connections, or no answer at all) while people
/// type commands, press card buttons and submit dialogs: every request is answered within Teams' 3 seconds, and once
/// the services are back everything that was acknowledged is carried out exactly once.
/// </summary>
public sealed class TeamsOutageTests : TeamsIncidentTest
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);
    private readonly List<(string What, TimeSpan Took, HttpStatusCode Status, string Body)> _answers = [];

    [Theory]
    [InlineData(TeamsOutage.ServerError)]
    [InlineData(TeamsOutage.Throttled)]
    [InlineData(TeamsOutage.ConnectionReset)]
    [InlineData(TeamsOutage.Hang)]
    public async Task Every_request_is_answered_in_time_and_every_acknowledged_intent_is_carried_out_once(TeamsOutage outage)
    {
        await SayAsync(Alice, General, "incident declare P1 Search is slow");
        var first = Assert.Single(Teams.Channels, c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal));
        var card = CardOf(first.Messages[0]);
        var cardId = (string)first.Messages[0]["id"]!;
        await SayAsync(Alice, General, "incident declare");
        var declareOpener = ActionOn(CardOf(await ReplyAsync(General, "Declare an incident")), "Declare an incident");

        Teams.BeginOutage(outage);
        var declareForm = await TimedAsync("open the declare dialog", Driver.TaskFetch(Bob, General, declareOpener["data"]!));
        var declared = (JsonObject)declareForm!["task"]!["value"]!["card"]!["content"]!["actions"]![0]!["data"]!.DeepClone();
        declared["title"] = "Payments failing";
        declared["severity"] = "P1";
        await TimedAsync("submit the declare dialog", Driver.TaskSubmit(Bob, General, declared));
        await TimedAsync("declare by message", Driver.ChannelMessage(Alice, General, "incident declare P1 Checkout is down"));
        await TimedAsync("press Acknowledge", Driver.Execute(Alice, first.Id, ActionOn(card, "Acknowledge"), cardId));
        await TimedAsync("add a note by message", Driver.ChannelMessage(Alice, first.Id, "incident note Search cluster is rebalancing"));
        var updateForm = await TimedAsync("open the update dialog", Driver.TaskFetch(Alice, first.Id, ActionOn(card, "Post update")["data"]!));
        var update = (JsonObject)updateForm!["task"]!["value"]!["card"]!["content"]!["actions"]![0]!["data"]!.DeepClone();
        update["status"] = "identified";
        update["message"] = "Rebalanced the search cluster";
        await TimedAsync("submit the update dialog", Driver.TaskSubmit(Alice, first.Id, update));
        await TimedAsync("press Resolve", Driver.Execute(Alice, first.Id, ActionOn(card, "Yes, resolve"), cardId));
        await TimedAsync("list by message", Driver.ChannelMessage(Bob, General, "incident list"));
        await TimedAsync("status by message", Driver.ChannelMessage(Bob, first.Id, "incident status"));
        for (var i = 0; i < 6; i++) await StepAsync(TimeSpan.FromSeconds(10), settle: outage != TeamsOutage.Hang);

        Teams.EndOutage();
        for (var round = 0; round < 40 && !AllDelivered(); round++) await StepAsync(TimeSpan.FromSeconds(30), settle: true);
        for (var round = 0; round < 4; round++) await StepAsync(TimeSpan.FromMinutes(1), settle: true);

        AssertAnsweredInTime();
        AssertCarriedOutOnce();
        await AssertRecordedOnceAsync();
    }

    /// <summary>Within Teams' 3 seconds, with 200, and no invoke answered with an error.</summary>
    private void AssertAnsweredInTime()
    {
        Assert.All(_answers, a => Assert.True(a.Took < Limit && a.Status == HttpStatusCode.OK, $"{a.What}: {(int)a.Status} after {a.Took.TotalMilliseconds:F0} ms: {a.Body}"));
        Assert.All(_answers.Where(a => a.Body.Contains("\"statusCode\"", StringComparison.Ordinal)), a => Assert.Contains("\"statusCode\":200", a.Body));
    }

    /// <summary>What Teams shows: each incident's channel, card and announcement once; each thing done in INC-2026-001 posted once.</summary>
    private void AssertCarriedOutOnce()
    {
        var channels = Teams.Channels.Where(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["inc-2026-001-search-is-slow", "inc-2026-002-payments-failing", "inc-2026-003-checkout-is-down"], channels.Select(c => c.DisplayName).Order());
        foreach (var channel in channels)
        {
            var number = channel.DisplayName[..12].ToUpperInvariant();
            Assert.Single(channel.Messages, m => ((string?)m["summary"])?.StartsWith(number + ":", StringComparison.Ordinal) == true);
            Assert.Single(Teams.Channel(Announce).Messages, m => Text(m).Contains($"declared {number}", StringComparison.Ordinal));
        }
        Assert.Single(Teams.Channel(Announce).Messages, m => Text(m).Contains("INC-2026-001 resolved", StringComparison.Ordinal));
        var first = channels.Single(c => c.DisplayName.StartsWith("inc-2026-001", StringComparison.Ordinal));
        foreach (var posted in new[] { "acknowledged INC-2026-001", "INCIDENT UPDATE", "Incident resolved at", "Post-mortem skeleton: INC-2026-001" })
            Assert.Single(first.Messages, m => Text(m).Contains(posted, StringComparison.Ordinal));

        // A press answered "still working" has its outcome posted in the card's thread afterwards, once; one answered
        // with the refreshed card has nothing posted.
        var replies = Teams.Chats.Values.SelectMany(m => m).ToList();
        foreach (var (press, outcome) in new[] { ("press Acknowledge", "Acknowledged INC-2026-001."), ("press Resolve", "Resolved INC-2026-001.") })
        {
            var stillWorking = _answers.Single(a => a.What == press).Body.Contains(CardActionHandler.StillWorking, StringComparison.Ordinal);
            Assert.Equal(stillWorking ? 1 : 0, replies.Count(m => Text(m).Contains(outcome, StringComparison.Ordinal)));
        }

        // No answer is posted twice. INBOX-DEPENDENT: the answers to what was typed or submitted during the outage
        // ("Declared INC-2026-002 ...", "Noted on ...", "Update posted ...", the list and the status) are sent once by
        // the inbox worker after the work committed, and lost when that send fails: the work is not retried, nor is
        // the answer. Once the inbox retries answers (issue 14, the inbox branch), each must arrive exactly once:
        // Assert.Single(replies, m => Text(m).Contains(answer)) for each of them.
        foreach (var (conversation, messages) in Teams.Chats)
            Assert.True(messages.Select(m => (string?)m["text"] ?? Text(m)).Distinct().Count() == messages.Count, $"an answer posted twice in {conversation}");
    }

    /// <summary>What the bot stored: the note once, INC-2026-001 acknowledged and resolved.</summary>
    private async Task AssertRecordedOnceAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var incident = (await scope.ServiceProvider.GetRequiredService<IIncidentStore>().FindByNumberAsync("INC-2026-001", CancellationToken.None))!;
        Assert.Single(incident.Timeline, t => t.Text.Contains("Search cluster is rebalancing", StringComparison.Ordinal));
        Assert.NotNull(incident.AcknowledgedAt);
        Assert.NotNull(incident.ResolvedAt);
    }

    /// <summary>Sends an activity and records how long the answer took; returns the answer's JSON body, if any.</summary>
    private async Task<JsonNode?> TimedAsync(string what, JsonObject activity)
    {
        var clock = Stopwatch.StartNew();
        // A safety bound only: the assertion is on the time measured.
        var response = await Host.PostActivityAsync(activity).WaitAsync(Limit * 3);
        var body = await response.Content.ReadAsStringAsync();
        _answers.Add((what, clock.Elapsed, response.StatusCode, body));
        return response.IsSuccessStatusCode && body.Length > 0 ? JsonNode.Parse(body) : null;
    }

    /// <summary>Moves the clock on so retries fall due; waits for the workers unless they may be stuck on a call that hangs.</summary>
    private async Task StepAsync(TimeSpan step, bool settle)
    {
        Host.Time.Advance(step);
        if (settle) await Host.InboxIdleAsync();
    }

    private bool AllDelivered() =>
        Teams.Channels.Count(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal)) == 3
        && Teams.Channel(Announce).Messages.Count(m => Text(m).Contains("declared INC-2026-00", StringComparison.Ordinal)) >= 3
        && Teams.Channels.Any(c => c.Messages.Any(m => Text(m).Contains("Post-mortem skeleton", StringComparison.Ordinal)));

    private static string Text(JsonObject message) => message.ToJsonString();
}
