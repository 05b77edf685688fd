using ChatOps.Bot.Tests.Support;
using static ChatOps.Bot.Tests.Support.TranscriptSegments;

namespace ChatOps.Bot.Tests.Shell;

/// <summary>The runbook's access rules and the audit log, through the real shell on SQLite.</summary>
public sealed class AccessAndAuditTests : ShellTest
{
    [Fact]
    public async Task A_non_participants_resolve_is_refused_and_changes_nothing()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P2 Cache misses",
            // carol looks into the channel the session is in without joining it (joining would make her a participant).
            "/as carol",
            "/incident resolve Not my incident but whatever",
            "/click 4",
            "/as alice",
            "/incident status");

        Assert.Contains("! Only INC-2026-001's participants or admins (@security-lead, @head-of-engineering) may resolve INC-2026-001; "
                        + "ask its commander, @alice, to bring you in, or run /incident status to see who is involved.", After(run.Output, "/incident resolve Not my incident but whatever"));
        var status = After(run.Output, "/incident status");
        Assert.Contains("| Status: Investigating", status);
        Assert.DoesNotContain("carol", status);
        Assert.DoesNotContain("Incident resolved", run.Output);
        Assert.Empty(Shell.PostMortems());
    }

    [Fact]
    public async Task An_admin_reads_allowed_and_denied_rows_and_anyone_else_is_refused_the_audit_log()
    {
        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P2 Cache misses",
            "/as carol",
            "/incident resolve mine now",
            "/as alice",
            "/incident ack",
            "/incident ack",
            "/incident audit INC-2026-001",
            "/as head-of-engineering",
            "/incident audit INC-2026-001 10");

        Assert.Contains("! Only admins (@security-lead, @head-of-engineering) may read the audit log; ask one of them.", After(run.Output, "/incident audit INC-2026-001"));
        var table = After(run.Output, "/incident audit INC-2026-001 10");
        Assert.Contains("> Audit log for INC-2026-001, latest 5, oldest first:", table);
        Assert.Contains("> time (UTC)        platform  actor  incident      outcome  command", table);
        Assert.Contains("> 2026-03-14 09:00  shell     alice  INC-2026-001  allowed  declare P2 Cache misses", table);
        Assert.Contains("> 2026-03-14 09:00  shell     carol  INC-2026-001  denied   resolve mine now", table);
        Assert.Contains(">                   -> Only INC-2026-001's participants or admins", table);
        Assert.Contains("> 2026-03-14 09:00  shell     alice  INC-2026-001  allowed  ack", table);
        Assert.Contains("> 2026-03-14 09:00  shell     alice  INC-2026-001  failed   ack", table);
        Assert.Contains(">                   -> INC-2026-001 was already acknowledged by alice", table);
        Assert.Contains("> 2026-03-14 09:00  shell     alice  INC-2026-001  denied   audit INC-2026-001 20", table);
    }

    [Fact]
    public async Task The_audit_log_survives_a_restart()
    {
        await Shell.RunScriptAsync("alice", "/incident declare P3 Typo on status page");

        var second = await Shell.RunScriptAsync("security-lead", "/incident audit");

        Assert.Contains("allowed  declare P3 Typo on status page", second.Output);
    }

    [Fact]
    public async Task A_runbook_may_leave_resolving_to_the_commander_and_admins()
    {
        var runbook = Path.Combine(Shell.Folder, "strict.yaml");
        var yaml = await File.ReadAllTextAsync(ChatOps.Tests.Shared.RepoFiles.Path("runbooks", "default.yaml"));
        await File.WriteAllTextAsync(runbook, yaml[..yaml.IndexOf("\naccess:", StringComparison.Ordinal)] + "\naccess:\n  admins: [security-lead]\n  resolve: [commander, admins]\n");
        Shell.Settings["Runbook:Path"] = runbook;

        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P2 Cache misses",
            "/incident role scribe bob",
            "/as bob",
            "/incident resolve Warmed the cache",
            "/as security-lead",
            "/incident resolve Warmed the cache");

        Assert.Contains("! Only the commander (@alice) or admins (@security-lead) may resolve INC-2026-001; ask the commander, @alice, or an admin to do it.", After(run.Output, "/incident resolve Warmed the cache"));
        Assert.Contains("> Resolved INC-2026-001.", After(run.Output, "/incident resolve Warmed the cache", 2));
    }

    [Fact]
    public async Task A_command_that_fails_midway_is_undone_and_audited_as_failed()
    {
        // A folder stands where the post-mortem file goes, so writing the post-mortem during resolve throws. (A
        // post-mortem folder that cannot be written at all stops the start instead.)
        Directory.CreateDirectory(Path.Combine(Shell.PostMortemFolder, "postmortem-20260314-cache-misses.md"));

        var run = await Shell.RunScriptAsync("alice",
            "/incident declare P2 Cache misses",
            "/incident resolve Warmed the cache",
            "/incident status",
            "/as security-lead",
            "/incident audit INC-2026-001");

        Assert.Contains("Something went wrong", After(run.Output, "/incident resolve Warmed the cache"));
        Assert.Contains("| Status: Investigating", After(run.Output, "/incident status"));
        var table = After(run.Output, "/incident audit INC-2026-001");
        Assert.Contains("alice  INC-2026-001  failed   resolve Warmed the cache", table);
        Assert.Contains("-> UnauthorizedAccessException:", table);
    }
}
