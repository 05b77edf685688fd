using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Paging.Fakes;

namespace ChatOps.Bot.Tests.Paging.Host;

/// <summary>Pages through a fake PagerDuty Events API v2: trigger at declaration, acknowledge and resolve from chat, retries and failures.</summary>
public sealed class PagerDutyPagingTests : PagingSlackTest
{
    private const string DeclarationKey = "chatops-INC-2026-001-0";

    /// <summary>The triggers sent to the primary pager (P0's tier 1 pages backup on its own once 5 minutes pass unacknowledged).</summary>
    private IReadOnlyList<System.Text.Json.Nodes.JsonNode> PrimaryTriggers() =>
        PagerDutyEvents("trigger").Where(e => (string?)e["routing_key"] == PrimaryKey).ToList();

    [Fact]
    public async Task A_P0_declaration_triggers_PagerDuty_once_with_a_valid_event_then_chat_acknowledges_and_resolves_it()
    {
        var channel = await DeclareAsync("declare P0 Checkout is down");
        await Host.InboxIdleAsync();

        var trigger = Assert.Single(PagerDuty.Requests);
        Assert.Empty(trigger.Violations);
        var json = trigger.Json!;
        Assert.Equal(("trigger", DeclarationKey, PrimaryKey), ((string?)json["event_action"], (string?)json["dedup_key"], (string?)json["routing_key"]));
        Assert.Equal("INC-2026-001 P0 Checkout is down", (string?)json["payload"]!["summary"]);
        Assert.Equal(("critical", "ChatOps"), ((string?)json["payload"]!["severity"], (string?)json["payload"]!["source"]));
        Assert.Equal("declared at P0", (string?)json["payload"]!["custom_details"]!["reason"]);
        await PostedAsync(channel.Id, "Paged primary (PagerDuty), platform (Opsgenie: team platform) for INC-2026-001 (P0)");

        await Driver.SlashAsync(Alice, channel.Id, "ack");
        await Host.InboxIdleAsync();
        await Driver.SlashAsync(Alice, channel.Id, "resolve rolled back the deploy");
        await Host.InboxIdleAsync();

        Assert.Equal(["trigger", "acknowledge", "resolve"], PagerDuty.Requests.Select(r => (string?)r.Json!["event_action"]));
        Assert.All(PagerDuty.Requests, r => Assert.Equal((DeclarationKey, PrimaryKey), ((string?)r.Json!["dedup_key"], (string?)r.Json!["routing_key"])));
        Assert.All(PagerDuty.Requests, r => Assert.Empty(r.Violations));
        var postMortem = Directory.GetFiles(Host.PostMortemFolder).Single();
        Assert.Contains("| primary (PagerDuty) | declaration | chatops-INC-2026-001-0 |", await File.ReadAllTextAsync(postMortem));
    }

    [Fact]
    public async Task A_trigger_answered_500_is_retried_after_the_backoff_and_PagerDuty_gets_the_same_dedup_key_again()
    {
        PagerDuty.AnswerNext(new ScriptedAnswer(500, """{"status":"error","message":"Internal error"}"""));

        await DeclareAsync("declare P0 Checkout is down");
        await Host.InboxIdleAsync();
        Assert.Single(PrimaryTriggers());

        await AdvanceAsync(TimeSpan.FromSeconds(1));
        await AdvanceAsync(TimeSpan.FromMinutes(10));

        var triggers = PrimaryTriggers();
        Assert.Equal(2, triggers.Count);
        Assert.All(triggers, t => Assert.Equal(DeclarationKey, (string?)t["dedup_key"]));
        Assert.Equal(0, (int?)(await HealthAsync())["outbox"]!["parked"]);
    }

    [Fact]
    public async Task A_trigger_answered_429_waits_for_Retry_After_then_goes_once_more()
    {
        PagerDuty.AnswerNext(FakePagerDutyServer.Throttled("30"));

        await DeclareAsync("declare P0 Checkout is down");
        await Host.InboxIdleAsync();
        await AdvanceAsync(TimeSpan.FromSeconds(29));
        Assert.Single(PrimaryTriggers());

        await AdvanceAsync(TimeSpan.FromSeconds(1));
        await AdvanceAsync(TimeSpan.FromMinutes(10));

        var triggers = PrimaryTriggers();
        Assert.Equal(2, triggers.Count);
        Assert.All(triggers, t => Assert.Equal(DeclarationKey, (string?)t["dedup_key"]));
    }

    [Fact]
    public async Task A_trigger_answered_400_is_parked_at_once_posted_in_the_channel_and_shown_on_healthz()
    {
        PagerDuty.AnswerNext(FakePagerDutyServer.BadRequest);

        var channel = await DeclareAsync("declare P0 Checkout is down");
        await Host.InboxIdleAsync();

        var notice = await PostedAsync(channel.Id, "Paging primary failed");
        Assert.Contains("HTTP 400", notice.Body + notice.Arg("text"));
        Assert.Contains("page them another way", notice.Body + notice.Arg("text"));
        var health = await HealthAsync();
        Assert.Equal("degraded", (string?)health["status"]);
        Assert.Contains(health["outbox"]!["recentParked"]!.AsArray(), p => ((string?)p)!.Contains("send a page", StringComparison.Ordinal));

        await AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Single(PrimaryTriggers());
    }

    [Fact]
    public async Task An_escalation_tier_with_a_page_list_triggers_its_pager_when_escalated()
    {
        var channel = await DeclareAsync("declare P0 Checkout is down");
        await Host.InboxIdleAsync();

        await Driver.SlashAsync(Alice, channel.Id, "escalate the database is not answering");
        await Host.InboxIdleAsync();

        var escalation = PagerDutyEvents("trigger").Single(e => (string?)e["routing_key"] == BackupKey);
        Assert.Equal("chatops-INC-2026-001-1", (string?)escalation["dedup_key"]);
        Assert.Contains("the database is not answering", (string?)escalation["payload"]!["custom_details"]!["reason"]);
    }

    [Fact]
    public async Task A_page_by_hand_triggers_the_named_pager_with_its_reason()
    {
        var channel = await DeclareAsync("declare P2 Search is slow");
        await Host.InboxIdleAsync();
        Assert.Empty(PagerDuty.Requests);

        await Driver.SlashAsync(Alice, channel.Id, "page primary Need help");
        await Host.InboxIdleAsync();

        var page = Assert.Single(PagerDuty.Requests);
        Assert.Empty(page.Violations);
        Assert.Equal(("chatops-INC-2026-001-manual-1", "Need help", "warning"),
            ((string?)page.Json!["dedup_key"], (string?)page.Json!["payload"]!["custom_details"]!["reason"], (string?)page.Json!["payload"]!["severity"]));
    }

    [Fact]
    public async Task A_pager_whose_routing_key_variable_is_not_set_parks_at_once_and_the_channel_is_told_which_variable()
    {
        var channel = await DeclareAsync("declare P2 Search is slow");
        await Host.InboxIdleAsync();

        await Driver.SlashAsync(Alice, channel.Id, "page unset wake the other team");
        await Host.InboxIdleAsync();

        var notice = await PostedAsync(channel.Id, "Paging unset failed");
        Assert.Contains("set the environment variable PD_UNSET_KEY", notice.Body + notice.Arg("text"));
        Assert.Empty(PagerDuty.Requests);
        var health = await HealthAsync();
        Assert.Equal("degraded", (string?)health["status"]);
        Assert.Contains(health["outbox"]!["recentParked"]!.AsArray(), p => ((string?)p)!.Contains("PD_UNSET_KEY", StringComparison.Ordinal));
    }
}
