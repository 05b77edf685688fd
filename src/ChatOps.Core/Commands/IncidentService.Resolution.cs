using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>Resolve (close template, post-mortem skeleton to disk and channel) and close.</summary>
public sealed partial class IncidentService
{
    private async Task<CommandReply> ResolveAsync(CommandContext context, Incident incident, ResolveCommand command, CancellationToken ct)
    {
        var now = Now;
        incident.Resolve(context.Actor, command.Summary ?? "", now);
        var markdown = PostMortemRenderer.Render(incident, runbook, now);
        var path = await archive.WriteAsync(PostMortemRenderer.FileName(incident), markdown, ct);
        var fileName = Path.GetFileName(path);
        incident.RecordPostMortem(fileName, now);
        await SaveAsync(incident, ct);

        var closing = TemplateText.Fill(runbook.Templates.Close, TemplateValues(incident, command.Summary ?? ""));
        await PostAsync(incident, closing, ct: ct);
        await chat.UploadAsync(incident.ChannelId, new FileAttachment(fileName, $"Post-mortem skeleton: {incident.Number}", markdown), ct);
        var due = now + runbook.PostMortem.DueAfter;
        await PostAsync(incident, $"Post-mortem skeleton {fileName} is attached; fill it in by {Clock.Format(due)} (within {DurationText.Format(runbook.PostMortem.DueAfter)}).", mentions: [incident.Commander], ct: ct);
        if (!incident.Private)
            await chat.PostAsync(runbook.Channels.Announce, new ChatMessage($"{incident.Number} resolved: {incident.Title}."), ct);
        return new CommandReply($"Resolved {incident.Number}. Post-mortem written to {path}.");
    }

    private async Task<CommandReply> CloseAsync(CommandContext context, Incident incident, CancellationToken ct)
    {
        incident.Close(context.Actor, Now);
        await SaveAsync(incident, ct);
        await PostAsync(incident, $"{context.Actor} closed {incident.Number}. Thank you all.", ct: ct);
        return new CommandReply($"Closed {incident.Number}.");
    }
}
