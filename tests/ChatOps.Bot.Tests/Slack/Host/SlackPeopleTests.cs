using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>
/// People over Slack: mentioned the Slack way (<c>&lt;@U…&gt;</c>) in messages and cards, named by their Slack names in
/// the post-mortem, and listed once whatever handle or user id they arrived under. Nobody sees a bare user id or a
/// server path.
/// </summary>
public sealed partial class SlackPeopleTests : SlackIncidentTest
{
    /// <summary>Workspaces created long ago hand out user ids this short.</summary>
    private const string Grace = "U0GRACE";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Slack.AddUser(Alice, "alice", "Alice Adams");
        Slack.AddUser(OnCall, "oncall", "Olive Oncall");
        Slack.AddUser(Lead, "lead", "Lee Lead");
        Slack.AddUser(Grace, "grace", "Grace Hopper");
    }

    [GeneratedRegex(@"\b[UW][A-Z0-9]{6,}\b")]
    private static partial Regex SlackUserId();

    [Fact]
    public async Task A_person_with_a_short_user_id_is_mentioned_in_the_announcement_on_the_card_and_in_the_escalation()
    {
        var channel = await DeclareAsync(user: Grace);

        var announcement = await PostedAsync(Announce, "declared INC-2026-001");
        Assert.StartsWith($"<@{Grace}> declared INC-2026-001", announcement.Arg("text"));
        Assert.Contains($"*Commander*\n<@{Grace}>", Fields(channel.Messages[0]));

        await Driver.SlashAsync(Grace, channel.Id, "escalate");
        var escalation = await PostedAsync(channel.Id, "Escalated INC-2026-001");
        Assert.Contains($"Reason: escalated by <@{Grace}>.", escalation.Arg("text"));
    }

    [Fact]
    public async Task A_refusal_mentions_the_commander_the_Slack_way()
    {
        var channel = await DeclareAsync("declare P2 Cache misses");

        await Driver.SlashAsync(Bob, channel.Id, "resolve Not mine");
        await Host.InboxIdleAsync();

        var refusal = Slack.ResponsePosts.Select(p => (string)JsonNode.Parse(p.Body)!["text"]!).Single(t => t.Contains("Only INC-2026-001", StringComparison.Ordinal));
        Assert.Contains($"ask its commander, <@{Alice}>, to bring you in", refusal);
    }

    [Fact]
    public async Task The_post_mortem_names_people_by_their_Slack_names_and_lists_each_person_once()
    {
        // P1 invites oncall-engineer and engineering-lead by runbook handle; the on-call engineer then acts as their user id.
        var channel = await DeclareAsync("declare P1 Checkout is down");
        await Driver.PressAsync(OnCall, channel.Id, "incident.ack", "INC-2026-001");
        await PostedAsync(channel.Id, "acknowledged INC-2026-001");
        await Driver.SlashAsync(Alice, channel.Id, "escalate");
        await PostedAsync(channel.Id, "Escalated INC-2026-001");

        await Driver.SlashAsync(Alice, channel.Id, "resolve Rolled back");
        await Slack.WaitForCallAsync("files.completeUploadExternal", null, Wait);

        var written = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Host.PostMortemFolder, "*.md")));
        Assert.Contains("| Commander | Alice Adams |", written);
        Assert.Contains("| Declared by | Alice Adams |", written);
        Assert.Contains("| Participants | Alice Adams, Olive Oncall, Lee Lead |", written);
        Assert.Contains("by Olive Oncall |", written);
        Assert.Contains("| Olive Oncall | acknowledged: Acknowledged; automatic escalation stopped |", written);
        Assert.Contains("Escalated to tier 1 (Major escalation): Lee Lead. Reason: escalated by Alice Adams", written);
        Assert.DoesNotMatch(SlackUserId(), written);
        Assert.Equal(written, Encoding.UTF8.GetString(Assert.Single(Slack.UploadedFiles).Bytes!));
    }

    [Fact]
    public async Task The_resolve_reply_names_the_post_mortem_file_and_never_a_server_path()
    {
        var channel = await DeclareAsync("declare P2 Cache misses");

        await Driver.SlashAsync(Alice, channel.Id, "resolve Warmed the cache");
        await Host.InboxIdleAsync();

        var reply = Slack.ResponsePosts.Select(p => (string)JsonNode.Parse(p.Body)!["text"]!).Single(t => t.StartsWith("Resolved INC-2026-001", StringComparison.Ordinal));
        Assert.StartsWith("Resolved INC-2026-001. Post-mortem written to postmortem-20260314-cache-misses.md.\n", reply);
        Assert.DoesNotContain(Host.Folder, string.Concat(Slack.Calls.Select(c => c.Body)) + string.Concat(Slack.ResponsePosts.Select(p => p.Body)));
    }

    /// <summary>The mrkdwn of every field on a message's blocks.</summary>
    private static List<string> Fields(JsonObject message) =>
        message["blocks"]!.AsArray()
            .SelectMany(b => b!["fields"] as JsonArray ?? [])
            .Select(f => (string)f!["text"]!)
            .ToList();
}
