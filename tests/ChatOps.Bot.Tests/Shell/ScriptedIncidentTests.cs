using ChatOps.Tests.Shared;
using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Shell;

/// <summary>Whole incidents driven through the real shell, as a user types them.</summary>
public sealed class ScriptedIncidentTests : ShellTest
{
    [Fact]
    public async Task An_unacknowledged_P0_escalates_to_the_first_tier_after_five_minutes()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P0 Checkout API returning 500s",
            "/clock +4m",
            "/incident status",
            "/clock +2m");

        Assert.Equal(0, run.ExitCode);
        var beforeFive = run.Output[..run.Output.IndexOf("/clock +2m", StringComparison.Ordinal)];
        Assert.DoesNotContain("Escalated", beforeFive);
        var afterSix = run.Output[run.Output.IndexOf("/clock +2m", StringComparison.Ordinal)..];
        Assert.Contains("invited @cto, @head-of-engineering", afterSix);
        Assert.Contains("@cto @head-of-engineering Escalated INC-2026-001 (P0) to tier 1", afterSix);
        Assert.Contains("not acknowledged within 5m", afterSix);
    }

    [Fact]
    public async Task An_update_reschedules_the_next_reminder_by_the_severity_cadence_and_a_severity_change_changes_it()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P0 Search is down",
            "/incident ack",
            "/clock +10m",
            "/incident update identified Index node out of disk",
            "/clock +14m",
            "/clock +2m",
            "/incident sev P2",
            "/clock +59m",
            "/clock +2m");

        // Declared 09:00, updated 09:10: at P0 the next update is due 15 minutes later.
        Assert.Contains("Next update due 2026-03-14 09:25 UTC (every 15m at P0)", run.Output);
        var segments = Segments(run.Output);
        Assert.DoesNotContain("Status update due", segments["/clock +14m"]);
        Assert.Contains("ChatOps: @alice\n  +-- Status update due: INC-2026-001", segments["/clock +2m#1"]);
        // At P2 (changed at 09:26) the cadence is an hour.
        Assert.Contains("Updates are now due every 1h; next by 2026-03-14 10:26 UTC", run.Output);
        Assert.DoesNotContain("Status update due", segments["/clock +59m"]);
        Assert.Contains("Status update due: INC-2026-001", segments["/clock +2m#2"]);
    }

    [Fact]
    public async Task Resolve_writes_the_post_mortem_with_every_section_and_the_whole_timeline()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P1 Webhooks delayed",
            "/incident role comms bob",
            "/incident triage",
            "/click 1",
            "/click 2",
            "/as bob",
            "/incident ack",
            "/incident note Queue depth 40k and falling",
            "/clock +20m",
            "/incident update monitoring Consumers scaled out",
            "/incident resolve Consumer pool exhausted; scaled from 4 to 12");

        Assert.Contains("Resolved INC-2026-001. Post-mortem written to postmortem-20260314-webhooks-delayed.md.", run.Output);
        var file = Assert.Single(Shell.PostMortems());
        Assert.Equal("postmortem-20260314-webhooks-delayed.md", Path.GetFileName(file));
        var markdown = await File.ReadAllTextAsync(file);
        foreach (var heading in new[]
                 {
                     "## Summary", "## Impact", "## Key times (UTC)", "## Timeline (UTC)", "## Triage", "## Escalations",
                     "## Root cause", "## Contributing factors", "## What went well", "## What could have prevented it",
                     "## Action items", "## Lessons learned", "## Follow-up review",
                 })
            Assert.Contains(heading, markdown);
        Assert.Contains("| Commander | alice |", markdown);
        Assert.Contains("| Comms | bob |", markdown);
        Assert.Contains("| Time to acknowledge (MTTA) | less than a minute | 0 |", markdown);
        Assert.Contains("| Time to resolve (MTTR) | 20 minutes | 20 |", markdown);
        Assert.Contains("| Action | Owner | Due date | Status |", markdown);
        foreach (var step in new[] { "declared:", "role: bob is comms", "triage:", "acknowledged:", "note: Queue depth 40k", "update: [monitoring]", "resolved:" })
            Assert.Contains(step, markdown);
        Assert.Contains("2026-03-14 09:20:00 | bob | resolved: Resolved: Consumer pool exhausted", markdown);
    }

    [Fact]
    public async Task The_declare_form_prompts_each_field_and_re_asks_a_bad_one()
    {
        var run = await Shell.RunScriptAsync("carol",
            "/incident declare",
            "Login page blank",
            "P7",
            "P1",
            "",
            "Web, Auth",
            "All users on Safari",
            "CSP header change suspected",
            "n",
            "20m ago",
            "");

        Assert.Contains("Severity [P0, P1, P2, P3]: P7\n  ! Choose a severity: P0, P1, P2, P3.\n  Severity [P0, P1, P2, P3]: P1", run.Output);
        Assert.Contains("Declared INC-2026-001 (P1) in #inc-2026-001-login-page-blank.", run.Output);
        Assert.Contains("Affected services: Web, Auth", run.Output);
        Assert.Contains("Impact: All users on Safari", run.Output);
    }

    [Fact]
    public async Task The_shipped_demo_script_runs_a_whole_incident_to_its_post_mortem()
    {
        var demo = RepoFiles.Path("examples", "demo.txt");
        var run = await Shell.RunAsync(["shell", "--script", demo]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Something went wrong", run.Output);
        Assert.Contains("Escalated INC-2026-001 (P0) to tier 1", run.Output);
        Assert.Contains("Closed INC-2026-001.", run.Output);
        Assert.Single(Shell.PostMortems());
    }

    /// <summary>Output split at each typed /clock line; repeated lines are numbered #1, #2.</summary>
    private static Dictionary<string, string> Segments(string output)
    {
        var segments = new Dictionary<string, string>();
        var counts = new Dictionary<string, int>();
        var parts = output.Split("> /");
        foreach (var part in parts.Skip(1))
        {
            var command = "/" + part.Split('\n')[0].Trim();
            counts[command] = counts.GetValueOrDefault(command) + 1;
            var key = segments.ContainsKey(command) || counts[command] > 1 ? $"{command}#{counts[command]}" : command;
            if (counts[command] == 2 && segments.Remove(command, out var first)) segments[$"{command}#1"] = first;
            segments[key] = part;
        }
        return segments;
    }
}
