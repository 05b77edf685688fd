using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// What the script in <see cref="OneIncidentOnEveryFrontEndTests"/> must leave behind on every front end. Declared
/// 09:00 by alice; the on-call engineer acknowledges at 09:05 and walks triage; the update reminder falls due at 09:30
/// and fires when the clock reaches 09:35; alice updates and escalates; a note at 09:45, then resolve and close.
/// </summary>
public static class ExpectedOutcome
{
    public const string PostMortemFile = "postmortem-20260314-checkout-is-down.md";

    public static readonly IncidentFacts Facts = new(
        Number: "INC-2026-001",
        Title: "Checkout is down",
        Channel: "inc-2026-001-checkout-is-down",
        Severity: "P1",
        Status: "Closed",
        Category: null,
        DeclaredBy: "alice",
        Commander: "alice",
        AcknowledgedBy: "oncall-engineer",
        AcknowledgedAt: "2026-03-14 09:05:00 UTC",
        EscalationTier: 1,
        LastUpdateAt: "2026-03-14 09:35:00 UTC",
        LastUpdateReminderAt: "2026-03-14 09:35:00 UTC",
        ResolvedAt: "2026-03-14 09:45:00 UTC",
        ClosedAt: "2026-03-14 09:45:00 UTC",
        Summary: "Rolled back deploy 4f2a",
        PostMortemFile: PostMortemFile);

    public static readonly string[] Triage =
    [
        "09:05:00 oncall-engineer api-health: Healthy",
        "09:05:00 oncall-engineer webhooks: Processing",
        "09:05:00 oncall-engineer database: Connected",
        "09:05:00 oncall-engineer external-dependencies: All healthy",
        "09:05:00 oncall-engineer decision: Internal issue",
    ];

    public static readonly string[] Escalations =
    [
        "09:35:00 tier 1 (Major escalation) engineering-lead by alice: Rollback needs the engineering lead",
    ];

    public static readonly string[] Participants = ["alice", "oncall-engineer", "engineering-lead"];

    public static readonly string[] Timeline =
    [
        "09:00:00 alice declared: Declared P1 (High): Checkout is down",
        "09:05:00 oncall-engineer acknowledged: Acknowledged; automatic escalation stopped",
        "09:05:00 oncall-engineer triage: API health: does /api/health answer OK, with normal response times and error rates in the API logs? -> Healthy",
        "09:05:00 oncall-engineer triage: Webhook status: are provider webhooks delivered and processed (delivery and processing logs, manual endpoint test)? -> Processing",
        "09:05:00 oncall-engineer triage: Database connectivity: is the database reachable, RLS policies active and the connection pool not exhausted? -> Connected",
        "09:05:00 oncall-engineer triage: External dependencies: are the payment provider API, uptime monitoring, CDN and hosting provider all healthy? -> All healthy",
        "09:05:00 oncall-engineer triage: Triage decision: where does the problem lie? -> Internal issue",
        // The reminder to tell P1's audiences (due 09:15) and the 30-minute outage trigger (due 09:30) fire at 09:35 too.
        "09:35:00 ChatOps communication-reminder: INC-2026-001 is P1 (High): the runbook says to tell affected-users (Affected user groups), internal (Internal team). Not told yet: affected-users (Affected user groups), internal (Internal team). Tell them with /incident notify <audience> [message] (or /incident notify for the form).",
        "09:35:00 ChatOps reminder: Status update reminder sent to alice",
        "09:35:00 ChatOps communication-reminder: INC-2026-001 has been going over 30m at P1 (outage-over-30m: Service outage over 30 minutes: status page update plus customer email (seed 004)). Still to do: publish to the status page (/incident publish investigating <public message>); tell all-users (All users) (/incident notify all-users [message]).",
        "09:35:00 alice update: [identified] Deploy 4f2a broke the payment client",
        "09:35:00 alice escalated: Escalated to tier 1 (Major escalation): engineering-lead. Reason: Rollback needs the engineering lead",
        "09:45:00 oncall-engineer note: Rolled back deploy 4f2a; error rate back to baseline",
        "09:45:00 alice resolved: Resolved: Rolled back deploy 4f2a",
        $"09:45:00 ChatOps postmortem: Post-mortem skeleton written to {PostMortemFile}",
        "09:45:00 alice closed: Closed",
    ];

    public static readonly string[] RemindersPosted = ["Status update due: INC-2026-001 -> alice"];

    /// <summary>Buttons and forms are audited as such on every front end, typed commands as typed.</summary>
    public static readonly string[] Audit =
    [
        "09:00:00 alice INC-2026-001 declare P1 Checkout is down -> Allowed",
        "09:05:00 oncall-engineer INC-2026-001 [button] incident.ack INC-2026-001 -> Allowed",
        "09:05:00 oncall-engineer INC-2026-001 triage -> Allowed",
        "09:05:00 oncall-engineer INC-2026-001 [button] triage.answer INC-2026-001|api-health|ok -> Allowed",
        "09:05:00 oncall-engineer INC-2026-001 [button] triage.answer INC-2026-001|webhooks|ok -> Allowed",
        "09:05:00 oncall-engineer INC-2026-001 [button] triage.answer INC-2026-001|database|ok -> Allowed",
        "09:05:00 oncall-engineer INC-2026-001 [button] triage.answer INC-2026-001|external-dependencies|ok -> Allowed",
        "09:05:00 oncall-engineer INC-2026-001 [button] triage.answer INC-2026-001|decision|internal -> Allowed",
        "09:35:00 alice INC-2026-001 [button] incident.update INC-2026-001 -> Allowed",
        "09:35:00 alice INC-2026-001 [form] form.update status=identified -> Allowed",
        "09:35:00 alice INC-2026-001 escalate Rollback needs the engineering lead -> Allowed",
        "09:45:00 oncall-engineer INC-2026-001 note Rolled back deploy 4f2a; error rate back to baseline -> Allowed",
        "09:45:00 alice INC-2026-001 resolve Rolled back deploy 4f2a -> Allowed",
        "09:45:00 alice INC-2026-001 close -> Allowed",
    ];

    /// <summary>The post-mortem's lines, with people by name: <c>FrontEnds/ExpectedPostMortem.md</c> beside this file.</summary>
    public static string[] PostMortem() =>
        File.ReadAllText(RepoFiles.Path("tests", "ChatOps.Bot.Tests", "FrontEnds", "ExpectedPostMortem.md")).ReplaceLineEndings("\n").TrimEnd().Split('\n');
}
