using System.Globalization;
using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;

namespace ChatOps.Core.Commands;

/// <summary>Adds an action item (<see cref="Owner"/>, <see cref="Due"/> as typed) or marks one done (<see cref="Done"/>).</summary>
public sealed record ActionItemCommand(string? Owner, string? Due, string? Text, int? Done, string? Incident = null) : IncidentCommand;

/// <summary>
/// Follow-ups with owners and deadlines (seed 002): added and done in the incident's channel (or naming the incident),
/// on the timeline and in the post-mortem's action items; the owner is reminded a day before and when overdue.
/// </summary>
public sealed class ActionItems : IncidentCommandHandler<ActionItemCommand>
{
    public const string Usage = "/incident action add <owner> <due: 2026-12-20|3d|2w> <text>  |  /incident action done <n> [INC-...]";

    public override CommandSpec Spec { get; } = new(["action"], Usage, CommandAccess.For(IncidentAction.Note), CommandTarget.Incident, 122);

    public override ParseResult Parse(CommandArgs args)
    {
        if (args.Count == 0) return ParseResult.Fail($"Say what to do: {Usage}.");
        switch (args[0].ToLowerInvariant())
        {
            case "add":
                if (args.Count < 4) return ParseResult.Fail("Give an owner, a due date and the text: /incident action add @bob 2026-12-20 Add an alert on webhook 5xx.");
                return People.Refusal(args[1]) is { } refusal
                    ? ParseResult.Fail($"{refusal} For example: /incident action add @bob 3d Add an alert on webhook 5xx.")
                    : new ActionItemCommand(args[1], args[2], args.Rest(3), null);
            case "done":
                if (args.Count is < 2 or > 3 || !int.TryParse(args[1].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
                    return ParseResult.Fail("Name the action by its number (see /incident actions): /incident action done 2 [INC-2026-001].");
                if (args.Count == 3 && !args[2].StartsWith("INC-", StringComparison.OrdinalIgnoreCase))
                    return ParseResult.Fail($"'{args[2]}' is not an incident number; write it like /incident action done {number} INC-2026-001.");
                return new ActionItemCommand(null, null, null, number, args.Count == 3 ? args[2].ToUpperInvariant() : null);
            default:
                return ParseResult.Fail($"Unknown action '{args[0]}': {Usage}.");
        }
    }

    protected override string Describe(ActionItemCommand command) => command.Done is { } done
        ? Words("action done", done.ToString(CultureInfo.InvariantCulture), command.Incident)
        : Words("action add", command.Owner, command.Due, command.Text);

    protected override string? About(ActionItemCommand command) => command.Incident;

    protected override void Check(EngineCall call, ActionItemCommand command)
    {
        if (command.Due is { } due) ReadDue(due, call.Now);
    }

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, ActionItemCommand command, Incident incident, CancellationToken ct)
    {
        if (command.Done is { } number)
        {
            var done = incident.CompleteAction(call.Actor, number, call.Now);
            await call.SaveAsync(incident, ct);
            await call.PostAsync(incident, $"{call.Actor} marked action #{number} done: {done.Text}", ct: ct);
            var open = incident.Actions.Count(a => a.IsOpen);
            return new CommandReply($"Action #{number} of {incident.Number} is done; {open} still open.");
        }
        var item = incident.AddAction(call.Actor, command.Owner!, ReadDue(command.Due!, call.Now), command.Text!, call.Now);
        await call.SaveAsync(incident, ct);
        await call.PostAsync(incident, $"{call.Actor} added action #{item.Number} for {item.Owner}, due {Clock.Format(item.DueAt)}: {item.Text}", mentions: [item.Owner], ct: ct);
        return new CommandReply($"Added action #{item.Number} to {incident.Number}: {item.Describe(call.Now)}. The owner is reminded a day before it is due and when it is overdue.");
    }

    private static DateTimeOffset ReadDue(string text, DateTimeOffset now) =>
        DueText.TryParse(text, now, out var due) ? due : throw new IncidentRuleException($"'{text}' is not a due date; write {DueText.Examples}.");
}
