using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Commands;

/// <summary>Declaration: number, channel, invites, pinned card, announcement.</summary>
public sealed partial class IncidentService
{
    private async Task<CommandReply> DeclareAsync(CommandContext context, DeclareCommand command, CancellationToken ct)
    {
        Authorise(context, Access.IncidentAction.Declare, null);
        var details = command.Details ?? DeclareDetails.None;
        var kind = RequireKind(details.Kind);
        if (command.Severity is null || command.Title is null)
            return new CommandReply("Fill in the declare form.", Form: IncidentForms.Declare(runbook, details));
        var severity = CheckDeclaration(command.Severity, command.Title);
        var incident = await OpenAsync(context.Actor, severity, CleanTitle(command.Title), details, kind, ct);
        return Declared(incident);
    }

    private IncidentKind? RequireKind(string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : runbook.FindKind(key) ?? throw new IncidentRuleException(runbook.UnknownKind(key));

    private static CommandReply Declared(Incident incident) => new(
        $"Declared {incident.Number} ({incident.SeverityKey}) in #{incident.ChannelName}."
        + (incident.Private ? " It is private: not announced, and shown only to its participants and admins." : ""),
        Channel: incident.ChannelId);

    private async Task<Incident> OpenAsync(string declarer, Severity severity, string title, DeclareDetails details, IncidentKind? kind, CancellationToken ct)
    {
        var now = Now;
        var sequence = await store.NextSequenceAsync(now.Year, ct);
        var isPrivate = details.Private || severity.Private || kind?.Private == true;
        var name = ChannelNamer.Name(runbook.Channels, now.Year, sequence, severity.Key, title);
        var channel = await chat.CreateChannelAsync(name, isPrivate, $"{Incident.FormatNumber(now.Year, sequence)} {severity.Key}: {title}", ct);
        var commander = runbook.Roles.Commander == RolePolicy.Declarer ? declarer : runbook.Roles.Commander;
        var incident = Incident.Declare(now.Year, sequence, title, severity, declarer, commander, details, channel.Id, channel.Name, now, kind);
        _entry?.About(incident.Number);

        var invitees = new[] { declarer, commander }.Concat(severity.Invite).Concat(kind?.Invite ?? []).Distinct().ToList();
        foreach (var person in invitees) incident.AddParticipant(person);
        await store.SaveAsync(incident, Reminders.ReminderPlanner.Plan(incident, runbook), ct);

        await chat.InviteAsync(channel.Id, invitees, ct);
        var card = IncidentCards.Incident(incident, runbook, now);
        var cardId = await chat.PostAsync(channel.Id, new ChatMessage($"{incident.Number}: {incident.Title}", card, invitees), ct);
        await chat.PinAsync(channel.Id, cardId, ct);
        incident.AttachCard(cardId);
        await store.SaveAsync(incident, Reminders.ReminderPlanner.Plan(incident, runbook), ct);
        foreach (var clock in incident.Deadlines) await PostDeadlineStartedAsync(incident, clock, ct);

        if (!incident.Private)
        {
            var announcement = $"{declarer} declared {incident.Number} ({severity.Key} {severity.Name}): {incident.Title}. Join #{incident.ChannelName}.";
            await chat.PostAsync(runbook.Channels.Announce, new ChatMessage(announcement), ct);
        }
        return incident;
    }

    /// <summary>Handles a submitted declare form; field errors come back with nothing created.</summary>
    private async Task<FormOutcome> SubmitDeclareAsync(CommandContext context, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        Authorise(context, Access.IncidentAction.Declare, null);
        var errors = DeclareFormErrors(values);
        if (errors.Count > 0) return FormOutcome.Invalid(errors);
        var severity = runbook.FindSeverity(Value(values, IncidentForms.Severity))!;
        var kind = RequireKind(Value(values, IncidentForms.Kind));
        var details = new DeclareDetails(
            Value(values, IncidentForms.Services), Value(values, IncidentForms.Impact), Value(values, IncidentForms.Description),
            IsTrue(Value(values, IncidentForms.Private)), kind?.Key);
        var incident = await OpenAsync(context.Actor, severity, CleanTitle(Value(values, IncidentForms.Title)), details, kind, ct);
        return FormOutcome.Done(Declared(incident));
    }

    private Dictionary<string, string> DeclareFormErrors(IReadOnlyDictionary<string, string> values)
    {
        var errors = new Dictionary<string, string>();
        var title = CleanTitle(Value(values, IncidentForms.Title));
        if (title.Length == 0) errors[IncidentForms.Title] = "Give the incident a title.";
        else if (title.Length > IncidentForms.MaxTitleLength) errors[IncidentForms.Title] = $"Keep the title to {IncidentForms.MaxTitleLength} characters (it has {title.Length}).";
        if (runbook.FindSeverity(Value(values, IncidentForms.Severity)) is null) errors[IncidentForms.Severity] = $"Choose a severity: {runbook.SeverityKeys}.";
        if (Value(values, IncidentForms.Kind) is { Length: > 0 } kind && runbook.FindKind(kind) is null)
            errors[IncidentForms.Kind] = $"Choose a kind ({runbook.KindKeys}) or leave it empty.";
        return errors;
    }

    /// <summary>
    /// Titles lose control and invisible formatting characters (zero-width, bidi overrides) and runs of white space;
    /// everything else is escaped where rendered.
    /// </summary>
    public static string CleanTitle(string? title) =>
        string.Join(' ', new string((title ?? "").Select(c => IsInvisible(c) ? ' ' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static bool IsInvisible(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static string Value(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) ? value.Trim() : "";

    private static bool IsTrue(string value) => value.ToLowerInvariant() is "true" or "yes" or "y" or "1" or "on" or "private";
}
