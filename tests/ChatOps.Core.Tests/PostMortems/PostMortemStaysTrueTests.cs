using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.PostMortems;

/// <summary>
/// The post-mortem stays true until close and never overwrites a person's edits; the resolution target is shown,
/// reminded and reported; the customer-facing close message stays out of the responders' channel.
/// </summary>
public class PostMortemStaysTrueTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task A_notification_recorded_after_resolve_reaches_the_file_and_so_do_notes_and_the_close()
    {
        var incident = await _h.DeclareDataLeakAsync();
        await _h.RunInAsync(incident, "alice", "/incident resolve Contained");
        var file = incident.PostMortemFile!;
        Assert.Contains("not recorded", _h.Archive.Content(file));

        _h.Clock.Advance(TimeSpan.FromHours(20));
        await _h.RunInAsync(incident, "alice", "/incident notified notification Emailed all tenants and the DPA");
        await _h.RunInAsync(incident, "alice", "/incident note Customer success confirmed the emails went out");
        var closed = await _h.RunInAsync(incident, "alice", "/incident close");

        Assert.False(closed.IsError, closed.Text);
        var content = _h.Archive.Content(file);
        Assert.DoesNotContain("not recorded", content);
        Assert.Contains("Emailed all tenants and the DPA", content);
        Assert.Contains("Customer success confirmed the emails went out", content);
        Assert.Contains("| Closed |", content);
        Assert.Contains("closed: Closed", content);
        Assert.Single(_h.Archive.Files);
        Assert.Equal(2, _h.Chat.Uploads.Count);
        Assert.Contains(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Text.Contains($"The post-mortem {file} now holds the facts as closed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_a_person_edited_is_left_alone_and_the_bot_writes_beside_it()
    {
        var incident = await _h.DeclareAsync("P1", "Checkout is down");
        await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back");
        var file = incident.PostMortemFile!;
        const string edited = "# Our own write-up\n\nRoot cause: a config flag.\n";
        _h.Archive.EditByHand(file, edited);

        await _h.RunInAsync(incident, "alice", "/incident note Found the flag's owner");
        await _h.RunInAsync(incident, "alice", "/incident close");

        Assert.Equal(edited, _h.Archive.Content(file));
        var beside = file.Replace(".md", ".chatops.md", StringComparison.Ordinal);
        Assert.Contains("Found the flag's owner", _h.Archive.Content(beside));
        Assert.Contains(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Text == $"{file} was edited by hand, so it was left as it is; the facts as closed are in {beside}.");
    }

    [Fact]
    public async Task The_post_mortem_review_reminder_survives_the_close()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident resolve Fixed");
        await _h.RunInAsync(incident, "alice", "/incident close");

        Assert.NotNull(_h.Scheduled(incident, ReminderKind.PostMortemDue));
        _h.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await _h.FireDueAsync());
        Assert.Contains(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Text.Contains("hold the follow-up review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_resolution_target_is_on_the_card_reminded_once_when_it_passes_and_reported_in_the_post_mortem()
    {
        var incident = await _h.DeclareAsync("P1", "Checkout is down");
        await _h.RunInAsync(incident, "bob", "/incident ack");
        var card = Core.Messaging.IncidentCards.Incident(incident, _h.Runbook, _h.Clock.GetUtcNow());
        Assert.Equal("by 2026-03-14 11:00 UTC (within 2h at P1)", card.Facts.Single(f => f.Label == "Resolution target").Value);

        _h.Clock.Advance(TimeSpan.FromHours(2).Add(TimeSpan.FromMinutes(1)));
        await _h.FireDueAsync();
        await _h.FireDueAsync();

        var passed = Assert.Single(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Text.Contains("past its resolution target", StringComparison.Ordinal));
        Assert.Equal([incident.Commander], passed.Message.MentionList);
        Assert.StartsWith("OVER by", Core.Messaging.IncidentCards.Incident(incident, _h.Runbook, _h.Clock.GetUtcNow()).Facts.Single(f => f.Label == "Resolution target").Value);

        _h.Clock.Advance(TimeSpan.FromMinutes(34));
        await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back");
        Assert.Contains("missed by 35m", _h.Archive.Content(incident.PostMortemFile!));
    }

    [Fact]
    public async Task Resolving_within_target_says_so()
    {
        var incident = await _h.DeclareAsync("P1", "Checkout is down");
        _h.Clock.Advance(TimeSpan.FromMinutes(80));
        await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back");
        Assert.Contains("met: resolved in 1h 20m (target 2h at P1)", _h.Archive.Content(incident.PostMortemFile!));
    }

    [Fact]
    public async Task The_apology_goes_to_the_resolver_as_the_customer_message_not_into_the_responders_channel()
    {
        var incident = await _h.DeclareAsync("P1", "Checkout is down");

        var reply = await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back the deploy");

        Assert.DoesNotContain(_h.Chat.PostsIn(incident.ChannelId), p => p.Message.Text.Contains("apologize", StringComparison.Ordinal));
        Assert.Contains("Customer-facing message, ready to send", reply.Text);
        Assert.Contains("We apologize for any inconvenience caused.", reply.Text);
    }

    [Fact]
    public async Task Table_cells_do_not_repeat_UTC_under_a_UTC_header()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident note a note");
        await _h.RunInAsync(incident, "alice", "/incident resolve Fixed");

        var rows = _h.Archive.Content(incident.PostMortemFile!).Split('\n').Where(l => l.StartsWith("| 2026", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.DoesNotContain(" UTC |", row));
    }
}
