using ChatOps.Core.Incidents;
using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

public class IncidentLifecycleCommandTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task Acknowledging_records_who_and_when_and_stops_automatic_escalation()
    {
        var incident = await _h.DeclareAsync("P0");
        _h.Clock.Advance(TimeSpan.FromMinutes(2));

        var reply = await _h.RunInAsync(incident, "bob", "/incident ack");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("bob", incident.AcknowledgedBy);
        Assert.Equal(IncidentHarness.Start.AddMinutes(2), incident.AcknowledgedAt);
        Assert.Null(_h.Scheduled(incident, ReminderKind.Escalation));
        Assert.Equal("bob acknowledged INC-2026-001. Automatic escalation stopped.", _h.Chat.PostsIn(incident.ChannelId)[^1].Message.Text);
    }

    [Fact]
    public async Task Acknowledging_twice_is_an_error_and_changes_nothing()
    {
        var incident = await _h.DeclareAsync("P0");
        await _h.RunInAsync(incident, "bob", "/incident ack");
        var timeline = incident.Timeline.Count;
        var schedule = _h.ScheduleOf(incident);
        var posts = _h.Chat.Posts.Count;
        var saves = _h.Store.Saves;
        _h.Clock.Advance(TimeSpan.FromMinutes(1));

        var reply = await _h.RunInAsync(incident, "carol", "/incident ack");

        Assert.True(reply.IsError);
        Assert.Contains("already acknowledged by bob", reply.Text);
        Assert.Equal(timeline, incident.Timeline.Count);
        Assert.Equal(schedule, _h.ScheduleOf(incident));
        Assert.Equal(saves, _h.Store.Saves);
        Assert.Equal(posts, _h.Chat.Posts.Count);
        Assert.Equal("bob", incident.AcknowledgedBy);
    }

    [Fact]
    public async Task A_status_update_posts_the_runbook_template_and_says_when_the_next_is_due()
    {
        var incident = await _h.DeclareAsync("P0", "Checkout is down");
        _h.Clock.Advance(TimeSpan.FromMinutes(10));

        var reply = await _h.RunInAsync(incident, "bob", "/incident update identified Bad deploy found");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(IncidentStatus.Identified, incident.Status);
        Assert.Contains("2026-03-14 09:25 UTC", reply.Text);
        var text = _h.Chat.PostsIn(incident.ChannelId)[^1].Message.Text;
        Assert.StartsWith("INCIDENT UPDATE\nIncident ID: INC-2026-001\nSeverity: P0 (Critical)\nStatus: Identified", text);
        Assert.Contains("Current Actions:\nBad deploy found", text);
        Assert.Contains("Next Update: 2026-03-14 09:25 UTC", text);
        Assert.Equal(new TimelineEntry(IncidentHarness.Start.AddMinutes(10), "bob", "update", "[identified] Bad deploy found"), incident.Timeline[^1]);
    }

    [Fact]
    public async Task Update_alone_opens_the_update_form_for_this_incident()
    {
        var incident = await _h.DeclareAsync();

        var reply = await _h.RunInAsync(incident, "bob", "/incident update");

        Assert.NotNull(reply.Form);
        Assert.Equal(ChatOps.Core.Commands.PostUpdate.FormId, reply.Form.Id);
        Assert.Equal("INC-2026-001", reply.Form.Context);
        Assert.Equal("investigating", reply.Form.Fields[0].Initial);
    }

    [Theory]
    [InlineData("/incident update monitoring All good")]
    [InlineData("/incident update")]
    public async Task Updates_after_resolve_are_errors(string command)
    {
        var incident = await _h.DeclareAsync();
        await _h.RunInAsync(incident, "alice", "/incident resolve Fixed");
        var timeline = incident.Timeline.Count;

        var reply = await _h.RunInAsync(incident, "alice", command);

        Assert.True(reply.IsError);
        Assert.Null(reply.Form);
        Assert.Contains("resolved", reply.Text);
        Assert.Equal(timeline, incident.Timeline.Count);
    }

    [Fact]
    public async Task Updates_after_close_are_errors()
    {
        var incident = await _h.DeclareAsync();
        await _h.RunInAsync(incident, "alice", "/incident resolve");
        await _h.RunInAsync(incident, "alice", "/incident close");

        var reply = await _h.RunInAsync(incident, "alice", "/incident update monitoring All good");

        Assert.True(reply.IsError);
        Assert.Contains("closed", reply.Text);
    }

    [Fact]
    public async Task Resolving_twice_is_an_error_and_writes_one_post_mortem()
    {
        var incident = await _h.DeclareAsync();
        await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back");
        var timeline = incident.Timeline.Count;

        var reply = await _h.RunInAsync(incident, "alice", "/incident resolve again");

        Assert.True(reply.IsError);
        Assert.Contains("already resolved", reply.Text);
        Assert.Single(_h.Archive.Files);
        Assert.Single(_h.Chat.Uploads);
        Assert.Equal(timeline, incident.Timeline.Count);
        Assert.Equal("Rolled back", incident.Summary);
    }

    [Fact]
    public async Task Resolving_writes_and_uploads_the_post_mortem_and_announces_the_resolution()
    {
        var incident = await _h.DeclareAsync("P1", "Checkout is down");
        _h.Clock.Advance(TimeSpan.FromMinutes(65));

        var reply = await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back the deploy");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(IncidentStatus.Resolved, incident.Status);
        var file = Assert.Single(_h.Archive.Files);
        Assert.Equal("postmortem-20260314-checkout-is-down.md", file.FileName);
        // The reply names the file, never where the server keeps it.
        Assert.StartsWith("Resolved INC-2026-001. Post-mortem written to postmortem-20260314-checkout-is-down.md.\n", reply.Text);
        Assert.DoesNotContain("/tmp", reply.Text);
        Assert.Equal("postmortem-20260314-checkout-is-down.md", incident.PostMortemFile);
        var upload = Assert.Single(_h.Chat.Uploads);
        Assert.Equal((incident.ChannelId, file.FileName, file.Content), (upload.ChannelId, upload.File.FileName, upload.File.Content));
        var posts = _h.Chat.PostsIn(incident.ChannelId);
        Assert.Contains(posts, p => p.Message.Text.StartsWith("Incident resolved at 2026-03-14 10:05 UTC.\n\nSummary: Rolled back the deploy", StringComparison.Ordinal)
            && p.Message.Text.Contains("Duration: 1 hour, 5 minutes"));
        Assert.Contains(posts, p => p.Message.MentionList.SequenceEqual(["alice"]) && p.Message.Text.Contains("2026-03-16 10:05 UTC"));
        Assert.Equal("INC-2026-001 resolved: Checkout is down.", _h.Chat.PostsIn("incidents")[^1].Message.Text);
    }

    [Fact]
    public async Task Closing_before_resolving_is_an_error()
    {
        var incident = await _h.DeclareAsync();

        var reply = await _h.RunInAsync(incident, "alice", "/incident close");

        Assert.True(reply.IsError);
        Assert.Contains("resolve it first", reply.Text);
        Assert.Equal(IncidentStatus.Investigating, incident.Status);
    }

    [Fact]
    public async Task Closing_a_resolved_incident_ends_it_and_clears_every_reminder_but_the_post_mortem_review()
    {
        var incident = await _h.DeclareAsync();
        await _h.RunInAsync(incident, "alice", "/incident resolve");

        var reply = await _h.RunInAsync(incident, "alice", "/incident close");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(IncidentStatus.Closed, incident.Status);
        Assert.Equal([ReminderKind.PostMortemDue], _h.ScheduleOf(incident).Select(r => r.Kind));
        Assert.True((await _h.RunInAsync(incident, "alice", "/incident close")).IsError);
    }

    [Theory]
    [InlineData("/incident ack")]
    [InlineData("/incident update identified Found it")]
    [InlineData("/incident sev P1")]
    [InlineData("/incident role comms bob")]
    [InlineData("/incident triage")]
    [InlineData("/incident escalate")]
    [InlineData("/incident note hello")]
    [InlineData("/incident resolve")]
    [InlineData("/incident close")]
    public async Task Incident_commands_outside_an_incident_channel_are_errors(string command)
    {
        var incident = await _h.DeclareAsync();
        var timeline = incident.Timeline.Count;

        var reply = await _h.RunAsync("bob", "general", command);

        Assert.True(reply.IsError);
        Assert.Contains("not an incident channel", reply.Text);
        Assert.Equal(timeline, incident.Timeline.Count);
    }

    [Fact]
    public async Task Assigning_a_role_to_a_newcomer_invites_and_mentions_them()
    {
        var incident = await _h.DeclareAsync("P2");
        _h.Clock.Advance(TimeSpan.FromMinutes(3));

        var reply = await _h.RunInAsync(incident, "alice", "/incident role comms @dave");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("dave", incident.Comms);
        Assert.Equal(incident.ChannelId, _h.Chat.Invites[^1].ChannelId);
        Assert.Equal(["dave"], _h.Chat.Invites[^1].People);
        var post = _h.Chat.PostsIn(incident.ChannelId)[^1];
        Assert.Equal("alice made dave comms.", post.Message.Text);
        Assert.Equal(["dave"], post.Message.MentionList);
        Assert.Equal(new TimelineEntry(IncidentHarness.Start.AddMinutes(3), "alice", "role", "dave is comms"), incident.Timeline[^1]);
    }

    [Fact]
    public async Task Handing_command_to_someone_already_present_does_not_invite_them_again()
    {
        var incident = await _h.DeclareAsync("P0");
        var invites = _h.Chat.Invites.Count;

        await _h.RunInAsync(incident, "alice", "/incident role ic oncall-engineer");

        Assert.Equal("oncall-engineer", incident.Commander);
        Assert.Equal(invites, _h.Chat.Invites.Count);
    }

    [Fact]
    public async Task A_note_goes_on_the_timeline_with_its_author_and_time()
    {
        var incident = await _h.DeclareAsync();
        _h.Clock.Advance(TimeSpan.FromSeconds(90));

        var reply = await _h.RunInAsync(incident, "carol", "/incident note Error rate is 40%   on EU");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(new TimelineEntry(IncidentHarness.Start.AddSeconds(90), "carol", "note", "Error rate is 40% on EU"), incident.Timeline[^1]);
        Assert.Contains("carol", incident.Participants);
    }

    [Fact]
    public async Task Changing_severity_invites_the_new_severitys_people_and_restarts_the_update_clock()
    {
        var incident = await _h.DeclareAsync("P2");
        _h.Clock.Advance(TimeSpan.FromMinutes(20));

        var reply = await _h.RunInAsync(incident, "alice", "/incident sev P0");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal("P0", incident.SeverityKey);
        Assert.Equal(["oncall-engineer", "engineering-lead"], _h.Chat.Invites[^1].People);
        Assert.Equal(IncidentHarness.Start.AddMinutes(35), _h.Scheduled(incident, ReminderKind.StatusUpdate)!.DueAt);
        Assert.Equal(["oncall-engineer", "engineering-lead"], _h.Chat.PostsIn(incident.ChannelId)[^1].Message.MentionList);
    }

    [Fact]
    public async Task Changing_to_an_unknown_severity_is_an_error_naming_the_valid_keys()
    {
        var incident = await _h.DeclareAsync("P2");

        var reply = await _h.RunInAsync(incident, "alice", "/incident sev P7");

        Assert.True(reply.IsError);
        Assert.Contains("P0, P1, P2, P3", reply.Text);
        Assert.Equal("P2", incident.SeverityKey);
    }

    [Fact]
    public async Task Every_command_adds_a_timeline_entry_with_actor_and_utc_time()
    {
        var incident = await _h.DeclareAsync("P1");
        string[] commands =
        [
            "/incident ack", "/incident note checking", "/incident role scribe carol", "/incident sev P2",
            "/incident update monitoring Fix out", "/incident escalate need db help", "/incident resolve Fixed", "/incident close",
        ];
        var minute = 0;
        foreach (var command in commands)
        {
            _h.Clock.Advance(TimeSpan.FromMinutes(1));
            minute++;
            var before = incident.Timeline.Count;
            var reply = await _h.RunInAsync(incident, "bob", command);
            Assert.False(reply.IsError, $"{command}: {reply.Text}");
            Assert.True(incident.Timeline.Count > before, command);
            var entry = incident.Timeline[before];
            Assert.Equal("bob", entry.Actor);
            Assert.Equal(IncidentHarness.Start.AddMinutes(minute), entry.At);
            Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        }
    }
}
