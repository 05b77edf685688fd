using ChatOps.Core.Reminders;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Commands;

/// <summary>
/// Responders say when the incident really began and when it was noticed; the card, the post-mortem's times
/// (time to detect, to acknowledge, to resolve) and the resolution target count from those.
/// </summary>
public class StartedAndDetectedTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task Start_and_detection_set_by_time_of_day_and_span_ago_reach_the_card_and_the_post_mortem()
    {
        _h.Clock.Advance(TimeSpan.FromMinutes(45)); // 09:45
        var incident = await _h.DeclareAsync("P1", "Checkout is down");

        var started = await _h.RunInAsync(incident, "alice", "/incident started 09:15");
        var detected = await _h.RunInAsync(incident, "alice", "/incident detected 15m ago");

        Assert.False(started.IsError, started.Text);
        Assert.False(detected.IsError, detected.Text);
        Assert.Equal(IncidentHarness.Start.AddMinutes(15), incident.StartedAt);
        Assert.Equal(IncidentHarness.Start.AddMinutes(30), incident.DetectedAt);
        Assert.Contains("(15m after it began)", detected.Text);
        var card = Core.Messaging.IncidentCards.Incident(incident, _h.Runbook, _h.Clock.GetUtcNow());
        Assert.Equal("2026-03-14 09:15 UTC", card.Facts.Single(f => f.Label == "Started").Value);
        Assert.Equal("2026-03-14 09:30 UTC", card.Facts.Single(f => f.Label == "Detected").Value);
        // The resolution target counts from when it began: P1 resolves within 2h of 09:15.
        Assert.Equal(IncidentHarness.Start.AddMinutes(15).AddHours(2), _h.Scheduled(incident, ReminderKind.ResolutionTarget)!.DueAt);

        _h.Clock.Advance(TimeSpan.FromMinutes(5));
        await _h.RunInAsync(incident, "bob", "/incident ack");
        _h.Clock.Advance(TimeSpan.FromMinutes(40));
        await _h.RunInAsync(incident, "alice", "/incident resolve Rolled back");

        var md = _h.Archive.Content(incident.PostMortemFile!);
        Assert.Contains("| Started | 2026-03-14 09:15:00 |", md);
        Assert.Contains("| Detected | 2026-03-14 09:30:00 |", md);
        Assert.Contains("| Declared | 2026-03-14 09:45:00 |", md);
        Assert.Contains("| Time to detect (MTTD) | 15 minutes | 15 |", md);
        Assert.Contains("| Time to acknowledge (MTTA) | 20 minutes | 20 |", md);
        Assert.Contains("| Time to resolve (MTTR) | 1 hour, 15 minutes | 75 |", md);
        Assert.Contains(incident.Timeline, t => t.Kind == "started" && t.Text == "Began at 2026-03-14 09:15 UTC");
    }

    [Theory]
    [InlineData("/incident started tomorrow", "is not a time I can read")]
    [InlineData("/incident started 30m", "")]
    [InlineData("/incident detected 2026-03-14 10:30", "so it was noticed no later than that")]
    [InlineData("/incident started", "Say when it began")]
    public async Task Times_that_cannot_be_or_are_unreadable_are_refused_and_change_nothing(string command, string says)
    {
        _h.Clock.Advance(TimeSpan.FromMinutes(10)); // declared 09:10
        var incident = await _h.DeclareAsync("P1");
        var timeline = incident.Timeline.Count;

        var reply = await _h.RunInAsync(incident, "alice", command);

        if (says.Length == 0)
        {
            Assert.False(reply.IsError, reply.Text); // 30m means 30 minutes ago
            return;
        }
        Assert.True(reply.IsError, reply.Text);
        Assert.Contains(says, reply.Text);
        Assert.Equal(timeline, incident.Timeline.Count);
        Assert.Null(incident.StartedAt);
        Assert.Null(incident.DetectedAt);
    }

    [Fact]
    public async Task A_start_after_the_detection_is_refused_with_what_to_do()
    {
        _h.Clock.Advance(TimeSpan.FromMinutes(30));
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident detected 09:10");

        var reply = await _h.RunInAsync(incident, "alice", "/incident started 09:20");

        Assert.True(reply.IsError);
        Assert.Contains("was noticed at 2026-03-14 09:10 UTC, so it began no later than that", reply.Text);
    }

    [Theory]
    [InlineData("14:30", "2026-03-14T14:30:00Z")]
    [InlineData("16:00", "2026-03-13T16:00:00Z")]
    [InlineData("2026-03-14 09:05", "2026-03-14T09:05:00Z")]
    [InlineData("2026-03-14 09:05 UTC", "2026-03-14T09:05:00Z")]
    [InlineData("1h30m ago", "2026-03-14T13:30:00Z")]
    public void Moments_read_as_UTC_and_a_time_of_day_is_the_latest_not_in_the_future(string text, string expected)
    {
        var now = new DateTimeOffset(2026, 3, 14, 15, 0, 0, TimeSpan.Zero);
        Assert.True(Core.Time.MomentText.TryParse(text, now, out var moment));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), moment);
    }

    [Fact]
    public async Task The_declare_form_takes_when_it_began_and_was_noticed()
    {
        _h.Clock.Advance(TimeSpan.FromMinutes(40)); // 09:40
        var outcome = await _h.Service.SubmitAsync(new Core.Commands.CommandContext("alice", "general"), Core.Commands.Declare.FormId, new Dictionary<string, string>
        {
            ["title"] = "Checkout is down", ["severity"] = "P1", ["started"] = "09:10", ["detected"] = "20m ago",
        });

        Assert.True(outcome.IsValid);
        Assert.False(outcome.Reply!.IsError, outcome.Reply.Text);
        var incident = _h.Store.Incidents.Single();
        Assert.Equal(IncidentHarness.Start.AddMinutes(10), incident.StartedAt);
        Assert.Equal(IncidentHarness.Start.AddMinutes(20), incident.DetectedAt);
    }

    [Fact]
    public async Task A_form_time_that_cannot_be_read_is_a_field_error_and_nothing_is_declared()
    {
        var outcome = await _h.Service.SubmitAsync(new Core.Commands.CommandContext("alice", "general"), Core.Commands.Declare.FormId, new Dictionary<string, string>
        {
            ["title"] = "Checkout is down", ["severity"] = "P1", ["started"] = "yesterday-ish",
        });

        Assert.False(outcome.IsValid);
        Assert.Contains("20m ago", outcome.FieldErrors["started"]);
        Assert.Empty(_h.Store.Incidents);
    }
}
