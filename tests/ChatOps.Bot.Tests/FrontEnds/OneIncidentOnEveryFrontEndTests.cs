using Xunit.Abstractions;

namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// The same incident, typed and clicked through the shell, Slack and Teams, leaves the same stored incident, the same
/// reminders, the same audit log and the same post-mortem on each.
/// </summary>
public sealed class OneIncidentOnEveryFrontEndTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("shell")]
    [InlineData("slack")]
    [InlineData("teams")]
    public async Task The_same_script_leaves_the_same_incident_reminders_audit_and_post_mortem(string frontEnd)
    {
        await using var script = await FrontEndScripts.StartAsync(frontEnd);

        await script.DeclareAsync(Person.Alice, "P1", "Checkout is down");
        await script.AdvanceAsync(TimeSpan.FromMinutes(5));
        await script.AcknowledgeAsync(Person.OnCall);
        await script.AnswerTriageAsync(Person.OnCall, "Healthy", "Processing", "Connected", "All healthy", "Internal issue");
        // P1 owes an update every 30 minutes: the reminder falls due at 09:30 and fires on the way to 09:35.
        await script.AdvanceAsync(TimeSpan.FromMinutes(30));
        await script.UpdateAsync(Person.Alice, "identified", "Deploy 4f2a broke the payment client");
        await script.EscalateAsync(Person.Alice, "Rollback needs the engineering lead");
        await script.AdvanceAsync(TimeSpan.FromMinutes(10));
        await script.NoteAsync(Person.OnCall, "Rolled back deploy 4f2a; error rate back to baseline");
        await script.ResolveAsync(Person.Alice, "Rolled back deploy 4f2a");
        await script.CloseAsync(Person.Alice);

        var outcome = await script.ReadOutcomeAsync();
        output.WriteLine(string.Join('\n', outcome.PostMortem));
        Assert.Equal(ExpectedOutcome.Facts, outcome.Facts);
        Assert.Equal(ExpectedOutcome.Triage, outcome.Triage);
        Assert.Equal(ExpectedOutcome.Escalations, outcome.Escalations);
        Assert.Equal(ExpectedOutcome.Participants, outcome.Participants);
        Assert.Equal(ExpectedOutcome.Timeline, outcome.Timeline);
        Assert.Equal(ExpectedOutcome.RemindersPosted, outcome.RemindersPosted);
        Assert.Equal(ExpectedOutcome.Audit, outcome.Audit);
        Assert.Equal([frontEnd], outcome.AuditedPlatforms);
        Assert.Equal(ExpectedOutcome.PostMortem(), outcome.PostMortem);
    }
}
