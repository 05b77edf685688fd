using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Learning;

/// <summary>
/// Action items: owners reminded a day before the due date and when it passes (durable reminders, planned from the
/// stored item, so they stop once it is done and survive closing the incident), in the post-mortem's table, and
/// listed across incidents with private ones kept to their members.
/// </summary>
public class FollowUpTests
{
    private readonly IncidentHarness _h = new();

    private async Task<Incident> ResolvedAsync(string title = "Checkout is down")
    {
        var incident = await _h.DeclareAsync("P1", title);
        _h.Clock.Advance(TimeSpan.FromMinutes(30));
        var reply = await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back");
        Assert.False(reply.IsError, reply.Text);
        return incident;
    }

    private IReadOnlyList<ScheduledReminder> ActionReminders(Incident incident) =>
        _h.ScheduleOf(incident).Where(r => r.Kind is ReminderKind.ActionDueSoon or ReminderKind.ActionOverdue).ToList();

    [Fact]
    public async Task The_owner_is_reminded_a_day_before_and_when_overdue_and_the_post_mortem_lists_the_item()
    {
        var incident = await ResolvedAsync();
        var added = _h.Clock.GetUtcNow();

        var reply = await _h.RunInAsync(incident, "alice", "/incident action add @bob 5d Alert on checkout 5xx");

        Assert.False(reply.IsError, reply.Text);
        var due = added + TimeSpan.FromDays(5);
        Assert.Equal([(ReminderKind.ActionDueSoon, due - TimeSpan.FromDays(1)), (ReminderKind.ActionOverdue, due)],
            ActionReminders(incident).Select(r => (r.Kind, r.DueAt)).ToList());
        Assert.Contains(incident.Timeline, t => t.Kind == Incident.ActionKind && t.Text.Contains("Action #1 for bob", StringComparison.Ordinal));
        var md = _h.Archive.Content(incident.PostMortemFile!);
        Assert.Contains($"| #1 Alert on checkout 5xx | bob | {Clock.FormatCell(due)} | open |", md);

        _h.Clock.Advance(TimeSpan.FromDays(4) - TimeSpan.FromMinutes(1));
        await _h.FireDueAsync(); // the follow-up review, 48h after resolve
        Assert.Equal(0, await _h.FireDueAsync());
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var posts = _h.Chat.Posts.Count;
        Assert.Equal(1, await _h.FireDueAsync());
        var soon = Assert.Single(_h.Chat.Posts.Skip(posts));
        Assert.Contains("Action #1 of", soon.Message.Text);
        Assert.Contains("(in 24h): Alert on checkout 5xx", soon.Message.Text);
        Assert.Equal(["bob"], soon.Message.Mentions);

        _h.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await _h.FireDueAsync());
        var overdue = _h.Chat.Posts[^1];
        Assert.Contains("is overdue (was due", overdue.Message.Text);
        Assert.Equal(["bob"], overdue.Message.Mentions);
        Assert.Empty(ActionReminders(incident));
        Assert.Contains("| OVERDUE by less than a minute |", _h.Archive.Content(incident.PostMortemFile!));
        Assert.Equal(0, await _h.FireDueAsync());
    }

    [Fact]
    public async Task Marking_an_item_done_stops_its_reminders_and_updates_the_post_mortem()
    {
        var incident = await ResolvedAsync();
        await _h.RunInAsync(incident, "alice", "/incident action add @bob 2w Canary deploys");
        Assert.Equal(2, ActionReminders(incident).Count);

        var done = await _h.RunInAsync(incident, "bob", "/incident action done 1");

        Assert.False(done.IsError, done.Text);
        Assert.Empty(ActionReminders(incident));
        Assert.Contains($"| done {Clock.Format(_h.Clock.GetUtcNow())} |", _h.Archive.Content(incident.PostMortemFile!));
        _h.Clock.Advance(TimeSpan.FromDays(15));
        var posts = _h.Chat.Posts.Count;
        await _h.FireDueAsync();
        Assert.DoesNotContain(_h.Chat.Posts.Skip(posts), p => p.Message.Text.Contains("Action #1", StringComparison.Ordinal));
        var again = await _h.RunInAsync(incident, "bob", "/incident action done 1");
        Assert.True(again.IsError);
        Assert.Contains("was already done by bob", again.Text);
    }

    [Fact]
    public async Task Closing_the_incident_keeps_the_follow_up_review_and_the_action_reminders()
    {
        var incident = await ResolvedAsync();
        var resolved = incident.ResolvedAt!.Value;
        await _h.RunInAsync(incident, "alice", "/incident action add @bob 5d Alert on checkout 5xx");

        var closed = await _h.RunInAsync(incident, "alice", "/incident close");

        Assert.False(closed.IsError, closed.Text);
        Assert.Equal(resolved + _h.Runbook.PostMortem.DueAfter, _h.Scheduled(incident, ReminderKind.PostMortemDue)!.DueAt);
        Assert.Equal(2, ActionReminders(incident).Count);
        _h.Clock.Advance(_h.Runbook.PostMortem.DueAfter);
        await _h.FireDueAsync();
        Assert.Contains(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Text.Contains("hold the follow-up review. 1 action item(s) still open: /incident actions.", StringComparison.Ordinal));
        var done = await _h.RunInAsync(incident, "bob", "/incident action done 1");
        Assert.False(done.IsError, done.Text);
    }

    [Fact]
    public async Task Followups_list_open_items_across_incidents_mine_and_overdue_and_hide_private_ones()
    {
        var open = await ResolvedAsync("Checkout is down");
        await _h.RunInAsync(open, "alice", "/incident action add @bob 1d Alert on 5xx");
        await _h.RunInAsync(open, "alice", "/incident action add @carol 2026-12-20 Canary deploys");
        var hidden = await ResolvedAsync("--private Tenant data visible");
        Assert.True(hidden.Private);
        await _h.RunInAsync(hidden, "alice", "/incident action add @bob 3d Rotate the leaked keys");
        _h.Clock.Advance(TimeSpan.FromDays(2));

        var all = await _h.RunAsync("bob", "general", "/incident followups");
        var mine = await _h.RunAsync("carol", "general", "/incident followups --mine");
        var overdue = await _h.RunAsync("bob", "general", "/incident followups --overdue");
        var outsider = await _h.RunAsync(IncidentHarness.Outsider, "general", "/incident followups");

        Assert.Contains("Open follow-ups (3)", all.Text);
        Assert.Contains("Rotate the leaked keys", all.Text);
        Assert.Contains("Your open follow-ups (1)", mine.Text);
        Assert.Contains("Canary deploys", mine.Text);
        Assert.Contains("Overdue follow-ups (1)", overdue.Text);
        Assert.Contains($"{open.Number} #1 Alert on 5xx (owner @bob", overdue.Text);
        Assert.Contains("Open follow-ups (2)", outsider.Text);
        Assert.DoesNotContain("Rotate the leaked keys", outsider.Text);
    }

    [Theory]
    [InlineData("/incident action add @bob soon Do it", "'soon' is not a due date; write a date like 2026-12-20")]
    [InlineData("/incident action add <!channel> 3d Do it", "For example: /incident action add @bob 3d")]
    [InlineData("/incident action add @bob 3d", "Give an owner, a due date and the text")]
    [InlineData("/incident action add @bob 2020-01-01 Do it", "has already passed")]
    [InlineData("/incident action done two", "Name the action by its number")]
    [InlineData("/incident action done 7", "has no action items")]
    [InlineData("/incident action remove 1", "Unknown action 'remove'")]
    public async Task Bad_action_commands_are_refused_with_how_to_fix_them(string text, string says)
    {
        var incident = await ResolvedAsync();

        var reply = await _h.RunInAsync(incident, "alice", text);

        Assert.True(reply.IsError, reply.Text);
        Assert.Contains(says, reply.Text);
        Assert.Empty(incident.Actions);
    }

    [Fact]
    public async Task Actions_lists_the_incidents_items_from_its_channel_or_by_number()
    {
        var incident = await ResolvedAsync();
        await _h.RunInAsync(incident, "alice", "/incident action add @bob 3d Alert on 5xx");

        var here = await _h.RunInAsync(incident, "alice", "/incident actions");
        var named = await _h.RunAsync("alice", "general", $"/incident actions {incident.Number}");
        var nowhere = await _h.RunAsync("alice", "general", "/incident actions");

        Assert.Contains($"Action items of {incident.Number} (1 open):\n#1 Alert on 5xx (owner @bob", here.Text);
        Assert.Equal(here.Text, named.Text);
        Assert.True(nowhere.IsError);
    }
}
