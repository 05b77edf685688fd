using ChatOps.Core.Access;
using ChatOps.Core.Communications;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Commands;

/// <summary>Tell an audience; with no audience the notify form opens.</summary>
public sealed record NotifyCommand(string? Audience, string? Message) : IncidentCommand;

/// <summary>
/// Tells one of the runbook's audiences about the incident, by chat and email (see <see cref="NotifyFlow"/>). Whoever may
/// post updates may notify. Allowed until the incident is closed: customers are told it is over, too.
/// </summary>
public sealed class Notify : IncidentCommandHandler<NotifyCommand>
{
    public const string FormId = "form.notify";
    public const string AudienceField = "audience";
    public const string MessageField = "message";

    public override CommandSpec Spec { get; } = new(["notify"], "/incident notify <audience> [message...]   (no arguments: the form)",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 86);

    public override FormSpec Form { get; } = new(FormId, ReadForm, _ => new NotifyCommand(null, null), ContextIsIncident: true);

    public override ParseResult Parse(CommandArgs args) =>
        args.Count == 0 ? new NotifyCommand(null, null) : new NotifyCommand(args[0], args.Count > 1 ? args.Rest(1) : null);

    protected override string Describe(NotifyCommand command) => Words("notify", command.Audience, command.Message);

    /// <summary>Opening the form changes nothing.</summary>
    protected override bool AnswersAtOnce(NotifyCommand command) => command.Audience is null;

    protected override void Check(EngineCall call, NotifyCommand command)
    {
        if (command.Audience is { } key) RequireAudience(call.Runbook, key);
    }

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, NotifyCommand command, Incident incident, CancellationToken ct)
    {
        if (command.Audience is not { } key)
        {
            if (!NotifyFlow.MayNotify(incident)) throw new IncidentRuleException($"Cannot notify stakeholders of {incident.Number}: it is {incident.Status.ToString().ToLowerInvariant()}.");
            RequireAnyAudience(call.Runbook);
            return new CommandReply("Choose whom to tell.", Form: NotifyForm(call.Runbook, incident));
        }
        var audience = RequireAudience(call.Runbook, key);
        var sent = await NotifyFlow.NotifyAsync(call, incident, audience, command.Message, ct);
        await call.SaveAsync(incident, ct);
        var summary = Summary(sent);
        if (!sent.Any(s => s.Told))
        {
            await call.PostAsync(incident, $"{call.Actor} tried to notify {audience.Describe()}, but nothing reached them: {summary}. Tell them another way.", ct: ct);
            return CommandReply.Error($"{audience.Describe()} was NOT told about {incident.Number}: {summary}. Tell them another way.");
        }
        await call.PostAsync(incident, $"{call.Actor} notified {audience.Describe()}: {summary}.", ct: ct);
        return new CommandReply($"Notified {audience.Describe()} of {incident.Number}: {summary}.");
    }

    /// <summary>"#status-updates; email queued to 2 address(es); email NOT sent to 1 (email is not configured ...)".</summary>
    private static string Summary(IReadOnlyList<CommunicationRecord> sent)
    {
        var parts = new List<string>();
        var chat = sent.Where(s => s.Via == CommunicationVia.Chat).Select(s => "#" + s.Target).ToList();
        if (chat.Count > 0) parts.Add("posted in " + string.Join(", ", chat));
        var queued = sent.Count(s => s.State == CommunicationState.Queued);
        if (queued > 0) parts.Add($"email queued to {queued} address(es)");
        var notSent = sent.Where(s => s.State == CommunicationState.NotSent).ToList();
        if (notSent.Count > 0) parts.Add($"email NOT sent to {notSent.Count} address(es): {notSent[0].Detail}");
        return string.Join("; ", parts);
    }

    /// <summary>The notify form: the audience (those the severity must tell first) and the message.</summary>
    public static Form NotifyForm(Runbook runbook, Incident incident)
    {
        var required = runbook.Communications.MustNotify(incident.SeverityKey);
        var choices = runbook.Audiences
            .OrderBy(a => required.Contains(a.Key, StringComparer.OrdinalIgnoreCase) ? 0 : 1)
            .Select(a => new FormChoice(a.Key, required.Contains(a.Key, StringComparer.OrdinalIgnoreCase) && !incident.WasTold(a.Key) ? $"{a.Describe()} - to tell at {incident.SeverityKey}" : a.Describe()))
            .ToList();
        return new Form(FormId, $"Notify stakeholders of {incident.Number}", "Notify",
        [
            new(AudienceField, "Audience", FormFieldKind.Select, true, choices, Initial: CommunicationRequirements.Untold(incident, runbook).FirstOrDefault()),
            new(MessageField, "Message", FormFieldKind.LongText, false, Hint: "What they should know; left empty, a message from the affected services"),
        ], incident.Number);
    }

    private static FormReading ReadForm(IReadOnlyDictionary<string, string> values, Runbook runbook)
    {
        var key = FormValues.Get(values, AudienceField);
        if (runbook.FindAudience(key) is null)
            return FormReading.Invalid(new Dictionary<string, string> { [AudienceField] = $"Choose one of {string.Join(", ", runbook.Audiences.Select(a => a.Key))}." });
        var message = FormValues.Get(values, MessageField);
        return FormReading.Valid(new NotifyCommand(key, message.Length > 0 ? message : null));
    }

    private static CommsAudience RequireAudience(Runbook runbook, string key)
    {
        RequireAnyAudience(runbook);
        return runbook.FindAudience(key) ?? throw new IncidentRuleException(
            $"No audience '{key}'{(Suggestions.Closest(key, runbook.Audiences.Select(a => a.Key)) is { } guess ? $"; did you mean '{guess}'?" : ".")} This runbook's audiences are {string.Join(", ", runbook.Audiences.Select(a => a.Key))}.");
    }

    private static void RequireAnyAudience(Runbook runbook)
    {
        if (runbook.Audiences.Count == 0)
            throw new IncidentRuleException("This runbook defines no audiences; list them under audiences: (name, chat channels, email addresses).");
    }
}
