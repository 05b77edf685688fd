using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Reminders;
using ChatOps.Core.Runbooks;
using ChatOps.Core.StatusPage;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>Post a status update; with no status the status-update form opens. <see cref="Publish"/>: the form's "Publish to the status page" part.</summary>
public sealed record PostUpdateCommand(IncidentStatus? Status, string? Message, PublishCommand? Publish = null) : IncidentCommand;

/// <summary>A status update from the runbook's template; the next one falls due a cadence later.</summary>
public sealed class PostUpdate : IncidentCommandHandler<PostUpdateCommand>
{
    public const string ActionId = "incident.update";
    public const string FormId = "form.update";

    public override CommandSpec Spec { get; } = new(["update"],
        "/incident update <investigating|identified|monitoring> <message...>   (no arguments: the form)",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 30);

    public override IReadOnlyList<ButtonSpec> Buttons { get; } = [new(ActionId, number => new Pressed(new PostUpdateCommand(null, null), number))];

    public override FormSpec Form { get; } = new(FormId, ReadForm, _ => new PostUpdateCommand(null, null), ContextIsIncident: true);

    /// <summary>The button that opens the status-update form of <paramref name="number"/>.</summary>
    public static CardButton Button(string number, ButtonStyle style = ButtonStyle.Default) =>
        new("Post update", ActionId, number, style, Does: ButtonAction.OpenForm);

    public override ParseResult Parse(CommandArgs args)
    {
        if (args.Count == 0) return new PostUpdateCommand(null, null);
        if (!TryParseStatus(args[0], out var status))
            return ParseResult.Fail($"Unknown status '{args[0]}': use investigating, identified or monitoring, e.g. /incident update identified Bad deploy found.");
        if (args.Count == 1)
            return ParseResult.Fail($"An update needs a message: /incident update {args[0]} <message...>.");
        return new PostUpdateCommand(status, args.Rest(1));
    }

    protected override string Describe(PostUpdateCommand command) => Words("update", command.Status?.ToString().ToLowerInvariant(), command.Message);

    /// <summary>Opening the form changes nothing.</summary>
    protected override bool AnswersAtOnce(PostUpdateCommand command) => command.Status is null || command.Message is null;

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, PostUpdateCommand command, Incident incident, CancellationToken ct)
    {
        if (command.Status is not { } status || command.Message is null)
        {
            if (!incident.IsActive) throw new IncidentRuleException($"Cannot post an update to {incident.Number}: it is {incident.Status.ToString().ToLowerInvariant()}.");
            var form = IncidentForms.Update(incident);
            return new CommandReply("Fill in the status update.", Form: form with { Fields = [.. form.Fields, .. StatusPageForm.Part(call.Runbook, incident)] });
        }
        var severity = call.SeverityOf(incident);
        incident.PostUpdate(call.Actor, status, command.Message, call.Now);
        await call.SaveAsync(incident, ct);
        call.Raise(IncidentEvent.Updated, incident, status.ToString().ToLowerInvariant());
        var text = TemplateText.Fill(call.Runbook.Templates.StatusUpdate, call.TemplateValues(incident, command.Message));
        await call.PostAsync(incident, text, ct: ct);
        if (command.Publish is { Status: { } publicStatus } publish)
        {
            await StatusPageFlow.PublishAsync(call, incident, publicStatus, publish.Text,
                publish.Components.Select(c => StatusPageFlow.ReadImpact(call.Runbook, c.Component, c.Impact)).ToList(), ct);
            await call.SaveQuietlyAsync(incident, ct);
        }
        var next = ReminderPlanner.NextUpdateDue(incident, severity);
        return new CommandReply($"Update posted. Next update due {Clock.Format(next)} (every {DurationText.Format(severity.UpdateEvery)} at {severity.Key}).");
    }

    private static FormReading ReadForm(IReadOnlyDictionary<string, string> values, Runbook runbook)
    {
        var errors = new Dictionary<string, string>();
        if (!TryParseStatus(FormValues.Get(values, IncidentForms.Status), out var status))
            errors[IncidentForms.Status] = "Choose investigating, identified or monitoring.";
        var message = FormValues.Get(values, IncidentForms.Message);
        if (message.Length == 0) errors[IncidentForms.Message] = "Say what changed and what is being done.";
        var publish = StatusPageForm.Read(values, runbook, errors);
        return errors.Count > 0 ? FormReading.Invalid(errors) : FormReading.Valid(new PostUpdateCommand(status, message, publish));
    }

    public static bool TryParseStatus(string text, out IncidentStatus status)
    {
        status = text.ToLowerInvariant() switch
        {
            "investigating" => IncidentStatus.Investigating,
            "identified" => IncidentStatus.Identified,
            "monitoring" => IncidentStatus.Monitoring,
            _ => IncidentStatus.Resolved,
        };
        return status != IncidentStatus.Resolved;
    }
}
