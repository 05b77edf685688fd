using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Escalation;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;

namespace ChatOps.Core.Commands;

/// <summary>Escalate by hand; <see cref="FromTier"/> is the tier the pressed card showed, so a double press goes up once.</summary>
public sealed record EscalateCommand(string? Reason, int? FromTier = null) : IncidentCommand;

/// <summary>Escalation to the next tier of the severity's chain, by a person.</summary>
public sealed class Escalate : IncidentCommandHandler<EscalateCommand>
{
    public const string ActionId = "incident.escalate";

    public override CommandSpec Spec { get; } = new(["escalate"], "/incident escalate [reason...]",
        CommandAccess.For(IncidentAction.Escalate), CommandTarget.Incident, 80);

    public override IReadOnlyList<ButtonSpec> Buttons { get; } =
        [new(ActionId, value => new Pressed(new EscalateCommand(null, Tier(value, out var number)), number))];

    /// <summary>The Escalate button as the card shows it, carrying the incident's tier now.</summary>
    public static CardButton Button(Incident incident, ButtonStyle style = ButtonStyle.Default) =>
        new("Escalate", ActionId, EscalateValue.Format(incident.Number, incident.EscalationTier), style, $"Escalate {incident.Number} to the next tier now?");

    public override ParseResult Parse(CommandArgs args) => new EscalateCommand(args.RestOrNull());

    protected override string Describe(EscalateCommand command) => Words("escalate", command.Reason);

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, EscalateCommand command, Incident incident, CancellationToken ct)
    {
        if (command.FromTier is { } from && incident.EscalationTier != from && incident.Escalations.LastOrDefault() is { } last)
            return new CommandReply($"{incident.Number} was already escalated to tier {last.Tier} ({last.TierName}) by {last.Actor} at {Clock.Format(last.At)}; nothing changed. Press Escalate on the updated card to go further.");
        var severity = call.SeverityOf(incident);
        if (!incident.IsActive) throw new IncidentRuleException($"Cannot escalate {incident.Number}: it is {incident.Status.ToString().ToLowerInvariant()}.");
        if (incident.EscalationTier >= severity.Escalation.Count)
            throw new IncidentRuleException(severity.Escalation.Count == 0
                ? $"{severity.Key} has no escalation chain in this runbook; invite people with /incident role or raise the severity with /incident sev <SEV>."
                : $"{incident.Number} is already at the top tier of the {severity.Key} chain (tier {incident.EscalationTier}); raise the severity with /incident sev <SEV> to go further.");
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? $"escalated by {call.Actor}" : command.Reason.Trim();
        await EscalationFlow.ToNextTierAsync(call, incident, severity, call.Actor, reason, automatic: false, ct);
        return new CommandReply($"Escalated {incident.Number} to tier {incident.EscalationTier}.");
    }

    private static int? Tier(string value, out string number)
    {
        number = EscalateValue.Parse(value, out var tier);
        return tier;
    }
}
