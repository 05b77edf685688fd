using ChatOps.Core.Drills;
using ChatOps.Core.Incidents;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Drills;

/// <summary>How a drill is scored: each phase's time from its origin against its target, met or missed by how much.</summary>
public class DrillScoringTests
{
    private static readonly DateTimeOffset Start = IncidentHarness.Start;

    private static readonly DrillScenario Scenario = new("db", "Database down", "", "P0", null, [],
        new DrillTargets(new Dictionary<DrillPhase, TimeSpan>
        {
            [DrillPhase.Detect] = TimeSpan.FromMinutes(5),
            [DrillPhase.Mitigate] = TimeSpan.FromMinutes(15),
            [DrillPhase.PostMortem] = TimeSpan.FromHours(24),
        }, Rto: TimeSpan.FromHours(4)), []);

    private static Incident Drill()
    {
        var incident = Incident.Declare(2026, 1, "Database down", TestRunbooks.Severity("P0"), "alice", "alice", DeclareDetails.None, "C1", "drill-inc", Start);
        incident.StartDrill("alice", Scenario, Start);
        return incident;
    }

    [Theory]
    [InlineData(4, 5, true, "met: 4m (target 5m)")]
    [InlineData(5, 5, true, "met: 5m (target 5m)")]
    [InlineData(8, 5, false, "MISSED by 3m: 8m (target 5m)")]
    public void A_phase_is_met_up_to_and_at_its_target_and_missed_by_the_difference_beyond_it(int minutes, int target, bool met, string verdict)
    {
        var score = new DrillScore("Detect", TimeSpan.FromMinutes(minutes), TimeSpan.FromMinutes(target), "start");

        Assert.Equal((met, verdict), (score.Met!.Value, score.Verdict));
    }

    [Fact]
    public void A_phase_never_reached_misses_its_target_and_one_without_a_target_is_only_timed()
    {
        Assert.Equal((false, "MISSED: not reached (target 1d)"), (new DrillScore("Post-mortem", null, TimeSpan.FromHours(24), "resolution").Met, new DrillScore("Post-mortem", null, TimeSpan.FromHours(24), "resolution").Verdict));
        var untargeted = new DrillScore("Resolve", TimeSpan.FromMinutes(40), null, "start");
        Assert.Equal(((bool?)null, "40m (no target)"), (untargeted.Met, untargeted.Verdict));
    }

    [Fact]
    public void Phases_count_from_the_start_the_post_mortem_from_the_resolution_and_the_RTO_until_mitigation()
    {
        var drill = Drill();
        drill.MarkDrillPhase("bob", DrillPhase.Detect, Start.AddMinutes(7), Start.AddMinutes(7));
        drill.Acknowledge("bob", Start.AddMinutes(8));
        drill.PostUpdate("bob", IncidentStatus.Monitoring, "Restored from last night's dump", Start.AddHours(3));
        drill.Resolve("bob", "Restored", Start.AddHours(5));
        drill.MarkPostMortemDone("bob", Start.AddHours(5 + 20));

        var scores = DrillScorecard.Score(drill, Scenario).ToDictionary(s => s.Phase);

        Assert.Equal("MISSED by 2m: 7m (target 5m)", scores["Detect"].Verdict);
        Assert.Equal("8m (no target)", scores["Acknowledge"].Verdict);
        Assert.Equal("MISSED by 2h 45m: 3h (target 15m)", scores["Mitigate"].Verdict);
        Assert.Equal("5h (no target)", scores["Resolve"].Verdict);
        Assert.Equal("met: 20h (target 1d)", scores["Post-mortem"].Verdict);
        Assert.Equal("met: 3h (target 4h)", scores[DrillScorecard.RtoPhase].Verdict);
    }

    [Fact]
    public void A_marked_phase_wins_over_what_was_observed_and_detection_falls_back_to_the_acknowledgement()
    {
        var drill = Drill();
        drill.Acknowledge("bob", Start.AddMinutes(4));
        drill.Resolve("bob", "Fixed", Start.AddHours(6));
        Assert.Equal(Start.AddMinutes(4), drill.DrillPhaseAt(DrillPhase.Detect));
        Assert.Equal(Start.AddHours(6), drill.DrillPhaseAt(DrillPhase.Mitigate));

        drill.MarkDrillPhase("bob", DrillPhase.Mitigate, Start.AddMinutes(12), Start.AddHours(6));

        var scores = DrillScorecard.Score(drill, Scenario).ToDictionary(s => s.Phase);
        Assert.Equal("met: 4m (target 5m)", scores["Detect"].Verdict);
        Assert.Equal("met: 12m (target 15m)", scores["Mitigate"].Verdict);
        Assert.Equal("met: 12m (target 4h)", scores[DrillScorecard.RtoPhase].Verdict);
        Assert.Equal("MISSED: not reached (target 1d)", scores["Post-mortem"].Verdict);
    }

    [Fact]
    public void A_drill_ends_only_with_its_gap_after_its_resolution_and_closes_only_with_its_gap()
    {
        var drill = Drill();
        drill.Resolve("bob", "Fixed", Start.AddHours(1));

        var noGap = Assert.Throws<IncidentRuleException>(() => drill.EndDrill("bob", Start.AddHours(2)));
        Assert.Contains("cannot end without the gap", noGap.Message);
        var noClose = Assert.Throws<IncidentRuleException>(() => drill.Close("bob", Start.AddHours(2)));
        Assert.Contains("without the gap it found", noClose.Message);

        drill.SetDrillGap("bob", "No alert on the health endpoint", Start.AddHours(2));
        drill.EndDrill("bob", Start.AddHours(2));
        Assert.Equal(Start.AddHours(2), drill.DrillEndedAt);
        Assert.Throws<IncidentRuleException>(() => drill.SetDrillGap("bob", "Another", Start.AddHours(3)));
    }

    [Fact]
    public void A_log_row_shows_each_phase_against_its_target_as_the_seeds_table_does()
    {
        var entry = new DrillLogEntry("INC-2026-001", Start, Start.AddDays(1), "alice", "db", "Database down",
            TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(15), null, TimeSpan.FromHours(24),
            TimeSpan.FromMinutes(20), TimeSpan.FromHours(4), "No | alert");

        var markdown = DrillLogTable.Markdown([entry], Start.AddDays(1));

        Assert.Contains("| Date | Operator | Scenario | Detect | Mitigate | Post-mortem | Gap identified |", markdown);
        Assert.Contains("| 2026-03-14 | alice | Database down (db, INC-2026-001) | 3m (met, target 5m) | 20m (missed by 5m, target 15m); RTO 20m (met, target 4h) | not reached (target 1d) | No \\| alert |", markdown);
    }
}
