using ChatOps.Core.Access;
using ChatOps.Core.Audit;
using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

/// <summary>list, status and audit: read-only answers to the person who asked, showing private incidents only to their members.</summary>
public sealed partial class IncidentService
{
    private async Task<CommandReply> ListAsync(CommandContext context, CancellationToken ct)
    {
        var open = (await store.ListAsync(includeEnded: false, ct)).Where(i => AccessCheck.CanSee(runbook.Access, context, i)).ToList();
        if (open.Count == 0) return new CommandReply("No open incidents.");
        var lines = open.Select(i => $"{i.Number}  {i.SeverityKey}  {i.Status,-13}  #{i.ChannelName}  {i.Title} (commander {i.Commander}){(i.Private ? " [private]" : "")}");
        return new CommandReply($"Open incidents ({open.Count}):\n" + string.Join('\n', lines));
    }

    private async Task<CommandReply> StatusAsync(CommandContext context, CancellationToken ct)
    {
        var incident = await store.FindByChannelAsync(context.ChannelId, ct);
        if (incident is null) return await ListAsync(context, ct);
        RequireVisible(context, incident);
        var card = IncidentCards.Incident(incident, runbook, Now);
        var last = incident.Timeline.TakeLast(5).Select(t => $"{Clock.Format(t.At)}  {t.Actor}: {t.Text}");
        var text = $"{incident.Number} ({incident.Status}). Latest on the timeline:\n" + string.Join('\n', last);
        IReadOnlyList<string> problems = delivery is null ? [] : await delivery.ProblemsAsync(incident.ChannelId, ct);
        if (problems.Count > 0) text += $"\nNot yet delivered to {context.Platform}:\n" + string.Join('\n', problems);
        return new CommandReply(text, card);
    }

    private async Task<CommandReply> AuditAsync(CommandContext context, AuditCommand command, CancellationToken ct)
    {
        if (command.Incident is { } number) _entry?.About(number);
        if (!runbook.Access.IsAdmin(context.Names))
            throw new AccessDeniedException(runbook.Access.Admins.Count == 0
                ? "Only admins may read the audit log, and this runbook names none; list handles under access.admins."
                : $"Only admins ({People.Mentions(runbook.Access.Admins)}) may read the audit log; ask one of them.");
        var entries = await _audit.LatestAsync(command.Incident, command.Count, ct);
        var about = command.Incident is null ? "" : $" for {command.Incident}";
        return entries.Count == 0
            ? new CommandReply($"No audit entries{about}.")
            : new CommandReply($"Audit log{about}, latest {entries.Count}, oldest first:\n{AuditTable.Format(entries)}");
    }
}
