using ChatOps.Bot.Engine;
using ChatOps.Bot.Tests.Support;
using ChatOps.Core.Engine;

namespace ChatOps.Bot.Tests.Logging;

/// <summary>Each incident event is one line that reads as a sentence, with no empty placeholders for what it lacks.</summary>
public sealed class IncidentEventLogTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(IncidentEvent.Declared, "U0ALICE", "slack", "Checkout is down", "declared INC-2026-001 (P1) by U0ALICE on slack: Checkout is down")]
    [InlineData(IncidentEvent.Acknowledged, "bob", "shell", null, "acknowledged INC-2026-001 (P1) by bob on shell")]
    [InlineData(IncidentEvent.ReminderFired, "ChatOps", "", "status-update, on time", "reminder_fired INC-2026-001 (P1) by ChatOps: status-update, on time")]
    [InlineData(IncidentEvent.Escalated, "ChatOps", "", null, "escalated INC-2026-001 (P1) by ChatOps")]
    public void An_event_is_one_sentence(string name, string actor, string platform, string? detail, string expected)
    {
        var log = new LogRecorder();

        new IncidentEventLog(log.For<IncidentEventLog>()).Committed(new IncidentEvent(name, "INC-2026-001", "P1", actor, platform, At, detail));

        Assert.Equal(expected, Assert.Single(log.Entries).Message);
    }

    [Fact]
    public void A_refusal_without_an_incident_says_so()
    {
        var log = new LogRecorder();

        new IncidentEventLog(log.For<IncidentEventLog>()).Committed(new IncidentEvent(IncidentEvent.Refused, "", "", "mallory", "shell", At, "audit: Only admins may read the audit log."));

        Assert.Equal("refused for mallory on shell (no incident): audit: Only admins may read the audit log.", Assert.Single(log.Entries).Message);
    }
}
