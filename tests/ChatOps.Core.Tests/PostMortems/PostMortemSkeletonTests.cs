using ChatOps.Core.Incidents;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.PostMortems;

public class PostMortemSkeletonTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Resolved = T.AddMinutes(65);

    private static Incident WorkedIncident()
    {
        var p1 = TestRunbooks.Severity("P1");
        var details = new DeclareDetails("API | Payments", "EU customers\ncannot pay", "Started after deploy 412", false);
        var incident = Incident.Declare(2026, 7, "Checkout is down: 500s!", p1, "alice", "alice", details, "C1", "inc-2026-007-checkout-is-down", T);
        incident.AddParticipant("oncall-engineer");
        incident.Acknowledge("bob", T.AddMinutes(3));
        var api = TestRunbooks.Default.FindQuestion("api-health")!;
        incident.AnswerTriage("bob", api, api.FindAnswer("failing")!, T.AddMinutes(6));
        incident.Escalate("bob", 1, p1.Escalation[0], "need a | lead", false, T.AddMinutes(8));
        incident.AssignRole("alice", IncidentRole.Scribe, "carol", T.AddMinutes(9));
        incident.AddNote("carol", "p99 | 4s on /charge", T.AddMinutes(12));
        incident.ChangeSeverity("alice", TestRunbooks.Severity("P0"), T.AddMinutes(20));
        incident.PostUpdate("bob", IncidentStatus.Monitoring, "Rolled back", T.AddMinutes(40));
        incident.Resolve("bob", "Bad deploy | rolled back", Resolved);
        return incident;
    }

    private static string Render(Incident incident) => PostMortemRenderer.Render(incident, TestRunbooks.Default, Resolved);

    [Fact]
    public void The_file_is_named_by_resolve_date_and_title_slug()
    {
        Assert.Equal("postmortem-20260314-checkout-is-down-500s.md", PostMortemRenderer.FileName(WorkedIncident()));
    }

    [Fact]
    public void The_file_name_uses_the_utc_date()
    {
        var incident = Incident.Declare(2026, 1, "Late night", TestRunbooks.Severity("P2"), "a", "a", DeclareDetails.None, "C1", "c",
            new DateTimeOffset(2026, 3, 14, 23, 30, 0, TimeSpan.FromHours(-5)));

        Assert.Equal("postmortem-20260315-late-night.md", PostMortemRenderer.FileName(incident));
    }

    [Fact]
    public void The_summary_names_the_incident_severity_commander_and_participants()
    {
        var md = Render(WorkedIncident());

        Assert.StartsWith("# Post-mortem: INC-2026-007: Checkout is down: 500s!\n", md.ReplaceLineEndings("\n"));
        Assert.Contains("## Summary", md);
        Assert.Contains("Bad deploy | rolled back", md);
        Assert.Contains("| Severity | P0 (Critical) |", md);
        Assert.Matches(@"\| Severity changes \| 2026-03-14 \d\d:\d\d UTC: Severity changed from P1 to P0 \(Critical\) \|", md);
        Assert.Contains("| Commander | alice |", md);
        Assert.Contains("| Scribe | carol |", md);
        Assert.Contains("| Participants | alice, oncall-engineer, bob, engineering-lead, carol |", md);
        Assert.Contains("| Category | api |", md);
    }

    [Fact]
    public void The_impact_and_affected_services_come_from_the_declare_form()
    {
        var md = Render(WorkedIncident());

        Assert.Contains("## Impact", md);
        Assert.Contains("- **Impact:** EU customers cannot pay", md);
        Assert.Contains("- **Affected services:** API | Payments", md);
        Assert.Contains("- **Description:** Started after deploy 412", md);
    }

    [Fact]
    public void Missing_impact_is_marked_to_be_assessed()
    {
        var incident = Incident.Declare(2026, 1, "X", TestRunbooks.Severity("P2"), "a", "a", DeclareDetails.None, "C1", "c", T);

        Assert.Contains("- **Impact:** _to be assessed_", Render(incident));
    }

    [Fact]
    public void Key_times_list_every_milestone_in_utc()
    {
        var md = Render(WorkedIncident());

        Assert.Contains("## Key times (UTC)", md);
        Assert.Contains("| Started | 2026-03-14 09:00:00 (declared; set when it began with /incident started) |", md);
        Assert.Contains("| Detected | 2026-03-14 09:00:00 (declared; set when it was noticed with /incident detected) |", md);
        Assert.Contains("| Declared | 2026-03-14 09:00:00 |", md);
        Assert.Contains("| Acknowledged | 2026-03-14 09:03:00 by bob |", md);
        Assert.Contains("| Mitigated | 2026-03-14 09:40:00 |", md);
        Assert.Contains("| Resolved | 2026-03-14 10:05:00 |", md);
    }

    [Fact]
    public void Time_to_acknowledge_and_to_resolve_are_humanised_and_in_minutes()
    {
        var md = Render(WorkedIncident());

        Assert.Contains("| Time to acknowledge (MTTA) | 3 minutes | 3 |", md);
        Assert.Contains("| Time to mitigate | 40 minutes | 40 |", md);
        Assert.Contains("| Time to resolve (MTTR) | 1 hour, 5 minutes | 65 |", md);
    }

    [Fact]
    public void An_unacknowledged_incident_says_so()
    {
        var incident = Incident.Declare(2026, 1, "X", TestRunbooks.Severity("P2"), "a", "a", DeclareDetails.None, "C1", "c", T);
        incident.Resolve("a", "", T.AddDays(1).AddHours(2).AddMinutes(3));

        var md = Render(incident);

        Assert.Contains("| Acknowledged | not acknowledged |", md);
        Assert.Contains("| Time to acknowledge (MTTA) | - | - |", md);
        Assert.Contains("| Time to resolve (MTTR) | 1 day, 2 hours | 1563 |", md);
    }

    [Fact]
    public void The_timeline_has_every_entry_with_its_utc_time_and_actor()
    {
        var incident = WorkedIncident();

        var md = Render(incident);

        Assert.Contains("## Timeline (UTC)", md);
        Assert.Contains("| Time (UTC) | Who | What |", md);
        foreach (var entry in incident.Timeline)
            Assert.Contains($"| {Clock.FormatCell(entry.At)} | {entry.Actor} | {entry.Kind}: {entry.Text.Replace("|", "\\|")} |", md);
        Assert.Contains("| 2026-03-14 09:12:00 | carol | note: p99 \\| 4s on /charge |", md);
        Assert.Equal(9, incident.Timeline.Count);
    }

    [Fact]
    public void Triage_answers_are_listed_with_who_answered()
    {
        var md = Render(WorkedIncident());

        Assert.Contains("## Triage", md);
        Assert.Contains("| Question | Answer | By | Time (UTC) |", md);
        Assert.Contains("| API health: does /api/health answer OK, with normal response times and error rates in the API logs? | Failing or slow | bob | 2026-03-14 09:06:00 |", md);
    }

    [Fact]
    public void Escalations_are_listed_with_tier_people_and_reason()
    {
        var md = Render(WorkedIncident());

        Assert.Contains("## Escalations", md);
        Assert.Contains("| 2026-03-14 09:08:00 | 1 (Major escalation) | engineering-lead | need a \\| lead | bob |", md);
    }

    [Fact]
    public void Automatic_escalations_are_marked_automatic()
    {
        var incident = Incident.Declare(2026, 1, "X", TestRunbooks.Severity("P0"), "a", "a", DeclareDetails.None, "C1", "c", T);
        incident.Escalate("ChatOps", 1, TestRunbooks.Severity("P0").Escalation[0], "not acknowledged", true, T.AddMinutes(5));

        Assert.Contains("| cto, head-of-engineering | not acknowledged | automatic |", Render(incident));
    }

    [Fact]
    public void Without_triage_or_escalations_the_sections_say_so()
    {
        var incident = Incident.Declare(2026, 1, "X", TestRunbooks.Severity("P2"), "a", "a", DeclareDetails.None, "C1", "c", T);

        var md = Render(incident);

        Assert.Contains("_Triage was not run in chat._", md);
        Assert.Contains("_No escalations._", md);
    }

    [Fact]
    public void Every_runbook_section_is_headed_and_left_to_fill_in_order()
    {
        var md = Render(WorkedIncident());

        string[] sections = ["Root cause", "Contributing factors", "What went well", "What could have prevented it", "Action items", "Lessons learned", "Follow-up review"];
        Assert.Equal(sections, TestRunbooks.Default.PostMortem.Sections);
        var positions = sections.Select(s => md.IndexOf($"\n## {s}\n", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > md.IndexOf("## Escalations", StringComparison.Ordinal)));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("## Root cause\n\n_To be filled in._", md);
    }

    [Fact]
    public void Action_items_are_a_table_with_owner_and_due_date()
    {
        var md = Render(WorkedIncident());

        Assert.Contains("## Action items\n\n| Action | Owner | Due date | Status |\n| --- | --- | --- | --- |\n|  |  |  | open |", md);
    }

    [Fact]
    public void The_follow_up_review_is_due_48_hours_after_resolution_and_names_the_commander()
    {
        var md = Render(WorkedIncident());

        Assert.Contains("_Hold the review by 2026-03-16 10:05 UTC (within 2d of resolution); commander alice schedules it._", md);
    }

    [Fact]
    public void Pipes_and_new_lines_in_user_text_cannot_break_a_table()
    {
        var incident = Incident.Declare(2026, 1, "X", TestRunbooks.Severity("P2"), "a|b", "a|b", DeclareDetails.None, "C1", "c", T);
        incident.AddNote("a|b", "one\ntwo | three", T.AddMinutes(1));

        var md = Render(incident);

        Assert.Contains("| Commander | a\\|b |", md);
        Assert.Contains("| 2026-03-14 09:01:00 | a\\|b | note: one two \\| three |", md);
        var tableRows = md.Split('\n').Where(l => l.StartsWith("| 2026-03-14 09:01:00", StringComparison.Ordinal));
        Assert.All(tableRows, row => Assert.Equal(4, row.Replace("\\|", "").Count(c => c == '|')));
    }

    /// <summary>A directory like a chat platform's: user ids and the runbook handles mapped to them are people with names.</summary>
    private sealed class Directory : ChatOps.Core.Ports.IPeopleDirectory
    {
        public Task<ChatOps.Core.Ports.PersonName> FindAsync(string person, CancellationToken ct) => Task.FromResult(person switch
        {
            "alice" => new ChatOps.Core.Ports.PersonName("U1", "Alice Adams"),
            "bob" or "U2" or "oncall-engineer" => new ChatOps.Core.Ports.PersonName("U2", "Bob Brown"),
            "engineering-lead" => new ChatOps.Core.Ports.PersonName("U3", "Lee Lead"),
            _ => new ChatOps.Core.Ports.PersonName(person, person),
        });
    }

    [Fact]
    public async Task People_are_named_by_the_directory_and_listed_once_whatever_they_were_stored_as()
    {
        var incident = WorkedIncident();
        incident.AddParticipant("U2");

        var md = PostMortemRenderer.Render(incident, TestRunbooks.Default, Resolved, await PostMortemPeople.FindAsync(new Directory(), incident, CancellationToken.None));

        Assert.Contains("| Commander | Alice Adams |", md);
        Assert.Contains("| Declared by | Alice Adams |", md);
        Assert.Contains("| Participants | Alice Adams, Bob Brown, Lee Lead, carol |", md);
        Assert.Contains("2026-03-14 09:03:00 by Bob Brown |", md);
        Assert.Contains("| Bob Brown | escalated: Escalated to tier 1 (Major escalation): Lee Lead. Reason: need a \\| lead |", md);
        Assert.Contains("| Alice Adams | role: carol is scribe |", md);
        Assert.Contains("| 1 (Major escalation) | Lee Lead | need a \\| lead | Bob Brown |", md);
        Assert.Contains("commander Alice Adams schedules it", md);
        Assert.DoesNotContain("| alice |", md);
        Assert.DoesNotContain("oncall-engineer", md);
    }
}
