using ChatOps.Core.Audit;
using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Ports;
using ChatOps.Core.Tests.Support;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace ChatOps.Core.Tests.Commands;

/// <summary>Every command, button and form leaves an audit entry: who, where from, when, about what, and how it ended.</summary>
public class AuditLogTests
{
    private readonly IncidentHarness _h = new();

    private static (AuditOutcome, string, string, string?, string, string?) Row(AuditEntry e) =>
        (e.Outcome, e.Actor, e.Platform, e.IncidentNumber, e.Command, e.Message);

    [Fact]
    public async Task Allowed_failed_and_denied_commands_are_recorded_with_actor_platform_incident_and_reason()
    {
        var incident = await _h.DeclareAsync("P1", "Checkout is down");
        _h.Clock.Advance(TimeSpan.FromMinutes(3));
        await _h.Service.RunAsync(new CommandContext("bob", incident.ChannelId, "slack"), "/incident ack");
        await _h.RunInAsync(incident, "carol", "/incident ack");
        await _h.RunInAsync(incident, "mallory", "/incident resolve mine now");
        await _h.RunInAsync(incident, "bob", "/incident frobnicate");

        var rows = _h.Audit.Saved.Select(Row).ToList();
        Assert.Equal((AuditOutcome.Allowed, "alice", "shell", "INC-2026-001", "declare P1 Checkout is down", (string?)null), rows[0]);
        Assert.Equal((AuditOutcome.Allowed, "bob", "slack", "INC-2026-001", "ack", (string?)null), rows[1]);
        Assert.Equal((AuditOutcome.Failed, "carol", "shell", "INC-2026-001", "ack", "INC-2026-001 was already acknowledged by bob at 2026-03-14 09:03 UTC."), rows[2]);
        Assert.Equal((AuditOutcome.Denied, "mallory", "INC-2026-001", "resolve mine now"), (rows[3].Item1, rows[3].Item2, rows[3].Item4, rows[3].Item5));
        Assert.StartsWith("Only INC-2026-001's participants", rows[3].Item6);
        Assert.Equal((AuditOutcome.Failed, "bob", (string?)null, "/incident frobnicate"), (rows[4].Item1, rows[4].Item2, rows[4].Item4, rows[4].Item5));
        Assert.Equal([IncidentHarness.Start, IncidentHarness.Start.AddMinutes(3)], _h.Audit.Saved.Select(e => e.At).Distinct());
    }

    [Fact]
    public async Task Read_only_commands_are_recorded_too()
    {
        await _h.RunAsync("bob", "general", "/incident list");
        await _h.RunAsync("bob", "general", "/incident help");

        Assert.Equal(["list", "help"], _h.Audit.Saved.Select(e => e.Command));
        Assert.All(_h.Audit.Saved, e => Assert.Equal(AuditOutcome.Allowed, e.Outcome));
    }

    [Fact]
    public async Task A_failure_inside_the_engine_is_recorded_as_failed_and_still_surfaces()
    {
        var chat = Substitute.For<IChatPlatform>();
        chat.CreateChannelAsync(default!, default).ThrowsAsyncForAnyArgs(new InvalidOperationException("name_taken"));
        var service = new EngineDriver(new IncidentEngine(_h.Runbook, _h.Store, chat, _h.Archive, _h.Audit), _h.Clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.RunAsync(new CommandContext("alice", "general"), "/incident declare P1 Checkout is down"));

        var entry = Assert.Single(_h.Audit.Saved);
        Assert.Equal((AuditOutcome.Failed, "InvalidOperationException: name_taken"), (entry.Outcome, entry.Message));
        Assert.Empty(_h.Store.Incidents);
    }

    [Fact]
    public async Task Admins_read_the_audit_log_as_a_table_with_refusal_reasons()
    {
        var incident = await _h.DeclareAsync("P1", "Checkout is down");
        await _h.RunInAsync(incident, "mallory", "/incident resolve mine now");
        var other = await _h.DeclareAsync("P3", "Typo on status page");

        var all = await _h.RunAsync("security-lead", "general", "/incident audit");
        var one = await _h.RunAsync("security-lead", "general", "/incident audit INC-2026-001 1");

        Assert.False(all.IsError, all.Text);
        var lines = all.Text.Split('\n');
        Assert.Equal("Audit log, latest 3, oldest first:", lines[0]);
        Assert.Equal("time (UTC)        platform  actor    incident      outcome  command", lines[1]);
        Assert.Equal("2026-03-14 09:00  shell     alice    INC-2026-001  allowed  declare P1 Checkout is down", lines[2]);
        Assert.Equal("2026-03-14 09:00  shell     mallory  INC-2026-001  denied   resolve mine now", lines[3]);
        Assert.StartsWith("                  -> Only INC-2026-001's participants or admins", lines[4]);
        Assert.Equal($"2026-03-14 09:00  shell     alice    {other.Number}  allowed  declare P3 Typo on status page", lines[5]);
        Assert.Equal("Audit log for INC-2026-001, latest 1, oldest first:", one.Text.Split('\n')[0]);
        Assert.Contains("mallory", one.Text);
        Assert.DoesNotContain("declare", one.Text);
    }

    [Fact]
    public async Task Anyone_but_an_admin_is_refused_the_audit_log_and_the_refusal_is_recorded()
    {
        var incident = await _h.DeclareAsync("P1");

        var reply = await _h.RunInAsync(incident, "alice", "/incident audit INC-2026-001");

        Assert.True(reply.IsError);
        Assert.Equal("Only admins (@security-lead, @head-of-engineering) may read the audit log; ask one of them.", reply.Text);
        Assert.Equal((AuditOutcome.Denied, "INC-2026-001", "audit INC-2026-001 20"), (_h.Audit.Saved[^1].Outcome, _h.Audit.Saved[^1].IncidentNumber, _h.Audit.Saved[^1].Command));
    }

    [Fact]
    public async Task A_runbook_without_admins_says_so_when_the_audit_log_is_asked_for()
    {
        var h = new IncidentHarness(TestRunbooks.WithAccess("access:\n  declare: anyone\n"));

        var reply = await h.RunAsync("alice", "general", "/incident audit");

        Assert.Equal("Only admins may read the audit log, and this runbook names none; list handles under access.admins.", reply.Text);
    }

    [Fact]
    public void Commands_and_reasons_are_kept_on_one_line_and_bounded()
    {
        var entry = new AuditEntry(IncidentHarness.Start, "bob", "shell", "note " + new string('x', 300) + "\nsecond line");
        entry.Fail("bad\r\nthing");

        Assert.Equal(AuditEntry.MaxCommandLength, entry.Command.Length);
        Assert.EndsWith("…", entry.Command);
        Assert.Equal("bad thing", entry.Message);
    }
}
