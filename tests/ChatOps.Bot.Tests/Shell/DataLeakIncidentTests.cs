using ChatOps.Bot.Tests.Support;
using static ChatOps.Bot.Tests.Support.TranscriptSegments;

namespace ChatOps.Bot.Tests.Shell;

/// <summary>
/// Seed 000, scenario 3, through the real shell on SQLite: a suspected cross-tenant data leak is private, and its
/// 72-hour regulator and customer notification clock reminds, goes overdue, or is stopped by /incident notified.
/// </summary>
public sealed class DataLeakIncidentTests : ShellTest
{
    private const string Declare = "/incident declare P1 --kind data-leak Tenant B products visible to tenant A";
    private const string Channel = "#inc-2026-001-tenant-b-products-visible-to";

    [Fact]
    public async Task A_data_leak_is_private_unannounced_unlisted_to_outsiders_and_shows_its_72_hour_clock()
    {
        var run = await Shell.RunScriptAsync("alice",
            Declare,
            "/as mallory",
            "/join #general",
            "/incident list",
            $"/join {Channel}",
            "/incident status",
            "/as security-lead",
            "/incident list");

        var declared = After(run.Output, Declare);
        Assert.Contains($"created private channel {Channel}", declared);
        Assert.Contains("invited @alice, @oncall-engineer, @security-lead", declared);
        Assert.Contains("| Kind: data-leak (Suspected data leak)", declared);
        Assert.Contains("| Regulator and customer notification: due 2026-03-17 09:00 UTC (in 72h)", declared);
        Assert.Contains("It is private: not announced", declared);
        Assert.DoesNotContain("[#incidents]", run.Output);
        Assert.Contains("> No open incidents.", After(run.Output, "/incident list"));
        Assert.Contains("! INC-2026-001 is private: only its participants and admins can see it or act on it.", After(run.Output, "/incident status"));
        Assert.DoesNotContain("+--", After(run.Output, "/incident status"));
        Assert.Contains("[private]", After(run.Output, "/incident list", 2));
    }

    [Fact]
    public async Task The_clock_reminds_at_24_48_and_66_hours_and_goes_overdue_at_72()
    {
        var run = await Shell.RunScriptAsync("alice",
            Declare,
            "/incident ack",
            "/clock +23h",
            "/clock +1h",
            "/clock +24h",
            "/clock +17h",
            "/clock +1h",
            "/clock +5h",
            "/clock +1h",
            "/clock +1d",
            "/incident status");

        const string Reminder = "ChatOps: @alice Deadline for INC-2026-001: Regulator and customer notification is due 2026-03-17 09:00 UTC";
        Assert.DoesNotContain("Deadline for", After(run.Output, "/clock +23h"));
        Assert.Contains(Reminder + " (in 48h).", After(run.Output, "/clock +1h", 1));
        Assert.Contains(Reminder + " (in 24h).", After(run.Output, "/clock +24h"));
        Assert.DoesNotContain("Deadline for", After(run.Output, "/clock +17h"));
        Assert.Contains(Reminder + " (in 6h).", After(run.Output, "/clock +1h", 2));
        Assert.DoesNotContain("OVERDUE", After(run.Output, "/clock +5h"));
        Assert.Contains("ChatOps: @alice OVERDUE: Regulator and customer notification for INC-2026-001 was due 2026-03-17 09:00 UTC and nobody has recorded it done.", After(run.Output, "/clock +1h", 3));
        Assert.Equal(3, Count(run.Output, "Deadline for INC-2026-001"));
        Assert.Equal(1, Count(run.Output, "OVERDUE: Regulator"));
        Assert.Contains("| Regulator and customer notification: OVERDUE: was due 2026-03-17 09:00 UTC (24h ago)", After(run.Output, "/incident status"));
    }

    [Fact]
    public async Task Notified_stops_the_clock_so_nothing_goes_overdue_and_the_record_shows_on_card_timeline_and_post_mortem()
    {
        var run = await Shell.RunScriptAsync("alice",
            Declare,
            "/incident ack",
            "/clock +30h",
            "/incident notified notification Emailed all tenants; DPA notified via portal",
            "/clock +2d",
            "/incident resolve RLS policy restored",
            "/incident status");

        Assert.Contains("> Recorded Regulator and customer notification as done (42h before the deadline); the clock is stopped.", run.Output);
        Assert.DoesNotContain("OVERDUE", run.Output);
        Assert.Contains("| Regulator and customer notification: done 2026-03-15 15:00 UTC by alice: Emailed all tenants; DPA notified via portal (42h before the deadline)", After(run.Output, "/incident status"));
        var markdown = await File.ReadAllTextAsync(Assert.Single(Shell.PostMortems()));
        Assert.Contains("## Deadlines", markdown);
        Assert.Contains("| alice | notified: Regulator and customer notification: Emailed all tenants; DPA notified via portal (42h before the deadline) |", markdown);
        Assert.Contains("**Private incident.**", markdown);
    }

    [Fact]
    public async Task Reminders_that_fell_due_while_the_bot_was_down_fire_once_at_start()
    {
        await Shell.RunScriptAsync("alice", Declare, "/incident ack", "/quit");

        Shell.Time.Advance(TimeSpan.FromHours(50));
        var second = await Shell.RunScriptAsync("alice", "/quit");
        Shell.Time.Advance(TimeSpan.FromHours(30));
        var third = await Shell.RunScriptAsync("alice", "/quit");

        var afterOutage = Startup(second.Output);
        Assert.Equal(1, Count(afterOutage, "Deadline for INC-2026-001"));
        Assert.Contains("is due 2026-03-17 09:00 UTC (in 22h)", afterOutage);
        Assert.Equal(0, Count(Startup(third.Output), "Deadline for INC-2026-001"));
        Assert.Equal(1, Count(Startup(third.Output), "OVERDUE: Regulator"));
    }

    [Fact]
    public async Task The_shipped_data_leak_drill_runs_from_declaration_to_the_audit_review()
    {
        var run = await Shell.RunAsync(["shell", "--script", ChatOps.Tests.Shared.RepoFiles.Path("examples", "data-leak-drill.txt")]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Something went wrong", run.Output);
        Assert.Contains($"created private channel {Channel}", run.Output);
        Assert.Contains("! INC-2026-001 is private", run.Output);
        Assert.Contains("ChatOps: @alice @bob Deadline for INC-2026-001: Regulator and customer notification is due 2026-03-17 09:00 UTC (in 48h).", run.Output);
        Assert.Contains("! Cannot close INC-2026-001: the Regulator and customer notification clock is still running", run.Output);
        Assert.Contains("> Closed INC-2026-001.", run.Output);
        Assert.Contains("mallory  INC-2026-001  denied   status", run.Output);
        Assert.DoesNotContain("[#incidents]", run.Output);
    }
}
