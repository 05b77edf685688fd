using System.Net;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>Refusals over Slack: shown only to the person who acted, and nothing in Slack or the incident changes.</summary>
public sealed class SlackAccessTests : SlackIncidentTest
{
    [Fact]
    public async Task A_non_participants_resolve_and_resolve_button_are_refused_ephemerally_and_change_nothing()
    {
        var channel = await DeclareAsync("declare P2 Cache misses");
        await Host.InboxIdleAsync();
        int Writes() => Slack.Calls.Count(c => !c.Method.StartsWith("users.", StringComparison.Ordinal));
        var writesBefore = Writes();

        var typed = await Driver.SlashAsync(Bob, channel.Id, "resolve Not mine but whatever");
        var pressed = await Driver.PressAsync(Bob, channel.Id, "incident.resolve", "INC-2026-001");
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (typed.StatusCode, pressed.StatusCode));
        await Host.InboxIdleAsync();

        var refusals = Slack.ResponsePosts.Select(p => JsonNode.Parse(p.Body)!).Where(r => r["text"]!.GetValue<string>().Contains("Only INC-2026-001", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r =>
        {
            Assert.Equal("ephemeral", r["response_type"]!.GetValue<string>());
            Assert.StartsWith(":warning: Only INC-2026-001's participants or admins", r["text"]!.GetValue<string>());
        });
        // Nothing went to the channel, the card, the announce channel or the files (looking people up is all Slack saw).
        Assert.Equal(writesBefore, Writes());
        Assert.Empty(Slack.UploadedFiles);
        Assert.Empty(Directory.Exists(Host.PostMortemFolder) ? Directory.GetFiles(Host.PostMortemFolder) : []);

        // The commander still can, from the same channel.
        await Driver.SlashAsync(Alice, channel.Id, "resolve Warmed the cache");
        await PostedAsync(channel.Id, "Incident resolved at");
    }

    [Fact]
    public async Task A_person_known_to_the_runbook_by_handle_acts_as_that_handle()
    {
        var channel = await DeclareAsync("declare P1 Webhooks delayed");

        // The P1 invite list names oncall-engineer; Slack__People__oncall-engineer maps it to this user id.
        await Driver.PressAsync(OnCall, channel.Id, "incident.ack", "INC-2026-001");

        await PostedAsync(channel.Id, "acknowledged INC-2026-001");
    }
}
