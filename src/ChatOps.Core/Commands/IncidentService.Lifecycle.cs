using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>Acknowledge, status updates, severity, roles and notes.</summary>
public sealed partial class IncidentService
{
    private async Task<CommandReply> AcknowledgeAsync(CommandContext context, Incident incident, CancellationToken ct)
    {
        incident.Acknowledge(context.Actor, Now);
        await SaveAsync(incident, ct);
        await PostAsync(incident, $"{context.Actor} acknowledged {incident.Number}. Automatic escalation stopped.", ct: ct);
        return new CommandReply($"Acknowledged {incident.Number}.");
    }

    private async Task<CommandReply> PostUpdateAsync(CommandContext context, Incident incident, PostUpdateCommand command, CancellationToken ct)
    {
        if (command.Status is not { } status || command.Message is null)
        {
            if (!incident.IsActive) throw new IncidentRuleException($"Cannot post an update to {incident.Number}: it is {incident.Status.ToString().ToLowerInvariant()}.");
            return new CommandReply("Fill in the status update.", Form: IncidentForms.Update(incident));
        }
        var severity = SeverityOf(incident);
        incident.PostUpdate(context.Actor, status, command.Message, Now);
        await SaveAsync(incident, ct);
        var text = TemplateText.Fill(runbook.Templates.StatusUpdate, TemplateValues(incident, command.Message));
        await PostAsync(incident, text, ct: ct);
        var next = Reminders.ReminderPlanner.NextUpdateDue(incident, severity);
        return new CommandReply($"Update posted. Next update due {Clock.Format(next)} (every {DurationText.Format(severity.UpdateEvery)} at {severity.Key}).");
    }

    private async Task<CommandReply> ChangeSeverityAsync(CommandContext context, Incident incident, ChangeSeverityCommand command, CancellationToken ct)
    {
        var severity = RequireSeverity(command.Severity);
        incident.ChangeSeverity(context.Actor, severity, Now);
        var newcomers = severity.Invite.Where(p => !incident.Participants.Contains(p)).ToList();
        foreach (var person in newcomers) incident.AddParticipant(person);
        await SaveAsync(incident, ct);
        if (newcomers.Count > 0) await chat.InviteAsync(incident.ChannelId, newcomers, ct);
        var next = Reminders.ReminderPlanner.NextUpdateDue(incident, severity);
        await PostAsync(incident,
            $"{context.Actor} changed the severity to {severity.Key} ({severity.Name}). Updates are now due every {DurationText.Format(severity.UpdateEvery)}; next by {Clock.Format(next)}.",
            mentions: newcomers, ct: ct);
        return new CommandReply($"{incident.Number} is now {severity.Key}.");
    }

    private async Task<CommandReply> AssignRoleAsync(CommandContext context, Incident incident, AssignRoleCommand command, CancellationToken ct)
    {
        var person = command.Person.Trim().TrimStart('@');
        var isNew = !incident.Participants.Contains(person);
        incident.AssignRole(context.Actor, command.Role, person, Now);
        await SaveAsync(incident, ct);
        if (isNew) await chat.InviteAsync(incident.ChannelId, [person], ct);
        var role = command.Role.ToString().ToLowerInvariant();
        await PostAsync(incident, $"{context.Actor} made {person} {role}.", mentions: [person], ct: ct);
        return new CommandReply($"{person} is now {role} of {incident.Number}.");
    }

    private async Task<CommandReply> AddNoteAsync(CommandContext context, Incident incident, AddNoteCommand command, CancellationToken ct)
    {
        incident.AddNote(context.Actor, command.Text, Now);
        await SaveAsync(incident, ct);
        return new CommandReply($"Noted on the {incident.Number} timeline.");
    }

    /// <summary>Adds a message someone pinned or starred to the timeline (from platform events).</summary>
    public async Task<CommandReply> AddToTimelineAsync(CommandContext context, string text, CancellationToken ct = default)
    {
        var incident = await store.FindByChannelAsync(context.ChannelId, ct);
        if (incident is null) return CommandReply.Error("This is not an incident channel.");
        try
        {
            incident.AddNote(context.Actor, text, Now, "pinned");
        }
        catch (IncidentRuleException rule)
        {
            return CommandReply.Error(rule.Message);
        }
        await SaveAsync(incident, ct);
        return new CommandReply($"Added to the {incident.Number} timeline.");
    }

    /// <summary>Records someone who joined an incident channel as a participant (from platform events).</summary>
    public async Task<bool> RecordJoinAsync(CommandContext context, CancellationToken ct = default)
    {
        var incident = await store.FindByChannelAsync(context.ChannelId, ct);
        if (incident is null || !incident.RecordJoin(context.Actor, Now)) return false;
        await store.SaveAsync(incident, Reminders.ReminderPlanner.Plan(incident, runbook), ct);
        return true;
    }

    private Dictionary<string, string> TemplateValues(Incident incident, string message)
    {
        var severity = runbook.FindSeverity(incident.SeverityKey);
        var now = Now;
        return new Dictionary<string, string>
        {
            ["number"] = incident.Number,
            ["title"] = incident.Title,
            ["severity"] = incident.SeverityKey,
            ["severity_name"] = severity?.Name ?? incident.SeverityKey,
            ["status"] = incident.Status.ToString(),
            ["duration"] = PostMortems.Durations.Humanised((incident.ResolvedAt ?? now) - incident.DeclaredAt),
            ["impact"] = Or(incident.Impact, "Being assessed"),
            ["services"] = Or(incident.AffectedServices, "Being assessed"),
            ["message"] = message,
            ["next_update"] = incident.IsActive && severity is not null ? Clock.Format(Reminders.ReminderPlanner.NextUpdateDue(incident, severity)) : "none (resolved)",
            ["commander"] = incident.Commander,
            ["started"] = Clock.Format(incident.DeclaredAt),
            ["resolved_at"] = incident.ResolvedAt is { } at ? Clock.Format(at) : "",
            ["summary"] = Or(incident.Summary ?? "", "To be determined in the post-mortem"),
            ["channel"] = "#" + incident.ChannelName,
        };
    }

    private static string Or(string value, string fallback) => value.Length > 0 ? value : fallback;
}
