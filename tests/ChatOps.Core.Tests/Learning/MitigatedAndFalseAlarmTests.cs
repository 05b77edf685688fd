using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Learning;

/// <summary>Responders set when the impact ended; a false alarm is marked at resolve; the declared severity is kept.</summary>
public class MitigatedAndFalseAlarmTests
{
    private readonly IncidentHarness _h = new();

    [Fact]
    public async Task Mitigated_sets_the_end_of_the_impact_and_an_update_to_monitoring_no_longer_moves_it()
    {
        _h.Clock.Advance(TimeSpan.FromMinutes(30)); // 09:30
        var incident = await _h.DeclareAsync("P1");

        _h.Clock.Advance(TimeSpan.FromMinutes(15)); // 09:45
        var reply = await _h.RunInAsync(incident, "alice", "/incident mitigated 09:40");
        _h.Clock.Advance(TimeSpan.FromMinutes(20));
        await _h.RunInAsync(incident, "alice", "/incident update monitoring Holding");

        Assert.False(reply.IsError, reply.Text);
        Assert.Equal(IncidentHarness.Start.AddMinutes(40), incident.MitigatedAt);
        Assert.Contains(incident.Timeline, t => t.Kind == "mitigated" && t.Text == "Impact ended (mitigated) at 2026-03-14 09:40 UTC");
    }

    [Theory]
    [InlineData("/incident mitigated 08:59", "so its impact cannot have ended before that")]
    [InlineData("/incident mitigated later", "is not a time I can read")]
    [InlineData("/incident mitigated", "Say when the impact ended")]
    public async Task Impossible_or_unreadable_times_are_refused(string text, string says)
    {
        var incident = await _h.DeclareAsync("P1");
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        var reply = await _h.RunInAsync(incident, "alice", text);

        Assert.True(reply.IsError);
        Assert.Contains(says, reply.Text);
        Assert.Null(incident.MitigatedAt);
    }

    [Fact]
    public async Task A_false_alarm_is_marked_on_the_timeline_and_the_declared_severity_is_kept_through_a_change()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident sev P2");

        var reply = await _h.RunInAsync(incident, "alice", "/incident resolve --false-alarm Probe misfired");

        Assert.False(reply.IsError, reply.Text);
        Assert.True(incident.FalseAlarm);
        Assert.Equal("Probe misfired", incident.Summary);
        Assert.Contains(incident.Timeline, t => t.Kind == "false-alarm");
        Assert.Equal(("P1", "P2", false), (incident.DeclaredSeverityKey, incident.SeverityKey, incident.SeverityWasRight));
        Assert.Contains(_h.Audit.Saved, e => e.Command == "resolve --false-alarm Probe misfired");
    }
}
