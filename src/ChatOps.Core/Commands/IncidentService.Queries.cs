using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

/// <summary>list and status: read-only answers to the person who asked.</summary>
public sealed partial class IncidentService
{
    private async Task<CommandReply> ListAsync(CancellationToken ct)
    {
        var open = await store.ListAsync(includeEnded: false, ct);
        if (open.Count == 0) return new CommandReply("No open incidents.");
        var lines = open.Select(i => $"{i.Number}  {i.SeverityKey}  {i.Status,-13}  #{i.ChannelName}  {i.Title} (commander {i.Commander})");
        return new CommandReply($"Open incidents ({open.Count}):\n" + string.Join('\n', lines));
    }

    private async Task<CommandReply> StatusAsync(CommandContext context, CancellationToken ct)
    {
        var incident = await store.FindByChannelAsync(context.ChannelId, ct);
        if (incident is null) return await ListAsync(ct);
        var card = IncidentCards.Incident(incident, runbook);
        var last = incident.Timeline.TakeLast(5).Select(t => $"{Clock.Format(t.At)}  {t.Actor}: {t.Text}");
        var text = $"{incident.Number} ({incident.Status}). Latest on the timeline:\n" + string.Join('\n', last);
        IReadOnlyList<string> problems = delivery is null ? [] : await delivery.ProblemsAsync(incident.ChannelId, ct);
        if (problems.Count > 0) text += $"\nNot yet delivered to {context.Platform}:\n" + string.Join('\n', problems);
        return new CommandReply(text, card);
    }
}
