using ChatOps.Core.Access;
using ChatOps.Core.Drills;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

/// <summary>What <c>/incident drill</c> was asked to do.</summary>
public enum DrillAction
{
    Scenarios,
    Start,
    Mark,
    Gap,
    End,
    Log,
    Schedule,
}

/// <param name="Argument">The scenario (start), the phase (mark) or the gap's text (gap).</param>
/// <param name="When">For a mark: when the phase was reached, if not now.</param>
public sealed record DrillCommand(DrillAction Action, string? Argument = null, string? When = null) : IncidentCommand;

/// <summary>
/// Drills (seed 000, seed 003): start one from a runbook scenario, mark its phases, name its gap, end it with a
/// scorecard and a drill log row; read the log and the schedule.
/// </summary>
public sealed class Drill : CommandHandler<DrillCommand>
{
    private const int LogShown = 20;

    public const string Usage =
        "/incident drill [start <scenario> | mark <detected|acknowledged|mitigated|resolved|post-mortem> [time] | gap <text> | end | log | schedule]";

    public override CommandSpec Spec { get; } = new(["drill"], Usage + "   (no word: the scenarios)", CommandAccess.Anyone, CommandTarget.IncidentIfAny, 120);

    public override ParseResult Parse(CommandArgs args)
    {
        if (args.Count == 0) return new DrillCommand(DrillAction.Scenarios);
        var rest = args.Count > 1 ? args.Rest(1) : null;
        return args[0].ToLowerInvariant() switch
        {
            "start" => rest is null ? ParseResult.Fail("Name the scenario: /incident drill start <scenario> (/incident drill lists them).") : new DrillCommand(DrillAction.Start, rest),
            "mark" => args.Count < 2
                ? ParseResult.Fail($"Name the phase: /incident drill mark <{DrillPhases.MarkKeys}> [time], e.g. /incident drill mark detected.")
                : new DrillCommand(DrillAction.Mark, args[1], args.Count > 2 ? args.Rest(2) : null),
            "gap" => rest is null ? ParseResult.Fail("Say what the gap is: /incident drill gap <a broken alert, a missing runbook entry, unclear ownership...>.") : new DrillCommand(DrillAction.Gap, rest),
            "end" => args.Count == 1 ? new DrillCommand(DrillAction.End) : ParseResult.Fail("/incident drill end takes nothing more."),
            "log" => args.Count == 1 ? new DrillCommand(DrillAction.Log) : ParseResult.Fail("/incident drill log takes nothing more."),
            "schedule" => args.Count == 1 ? new DrillCommand(DrillAction.Schedule) : ParseResult.Fail("/incident drill schedule takes nothing more."),
            "scenarios" or "list" => new DrillCommand(DrillAction.Scenarios),
            _ => ParseResult.Fail($"Unknown drill command '{args[0]}'. {Usage}"),
        };
    }

    protected override string Describe(DrillCommand command) =>
        Words("drill", command.Action == DrillAction.Scenarios ? null : command.Action.ToString().ToLowerInvariant(), command.Argument, command.When);

    protected override void Check(EngineCall call, DrillCommand command)
    {
        switch (command.Action)
        {
            case DrillAction.Start:
                RequireScenario(call, command.Argument!);
                break;
            case DrillAction.Mark:
                RequirePhase(command.Argument!);
                if (command.When is { } when) Moment.Read(when, call.Now);
                break;
        }
    }

    protected override bool AnswersAtOnce(DrillCommand command) => command.Action is DrillAction.Scenarios or DrillAction.Log or DrillAction.Schedule;

    protected override async Task<CommandReply> HandleAsync(EngineCall call, DrillCommand command, Incident? incident, CancellationToken ct)
    {
        switch (command.Action)
        {
            case DrillAction.Scenarios:
                return new CommandReply(Scenarios(call));
            case DrillAction.Log:
                return new CommandReply(DrillLogTable.Text(await call.DrillLog.ListAsync(ct), LogShown));
            case DrillAction.Schedule:
                return new CommandReply(await DrillScheduling.DescribeAsync(call, ct));
            case DrillAction.Start:
                call.Authorise(IncidentAction.Declare, null);
                var drill = await DrillFlow.StartAsync(call, RequireScenario(call, command.Argument!), ct);
                return new CommandReply($"Started {DrillRules.Tag} {drill.Number} ({drill.SeverityKey}, scenario {drill.DrillScenario}) in #{drill.ChannelName}. Nobody is paged.", Channel: drill.ChannelId);
        }
        var target = RequireDrill(incident);
        switch (command.Action)
        {
            case DrillAction.Mark:
                call.Authorise(IncidentAction.Update, target);
                var phase = RequirePhase(command.Argument!);
                var at = command.When is { } when ? Moment.Read(when, call.Now) : call.Now;
                target.MarkDrillPhase(call.Actor, phase, at, call.Now);
                await call.SaveAsync(target, ct);
                var text = $"{call.Actor} marked {DrillPhases.MarkKey(phase)} at {Clock.Format(at)}: {DurationText.Approximate(at - target.DeclaredAt)} into the drill.";
                await call.PostAsync(target, text, ct: ct);
                return new CommandReply(text);
            case DrillAction.Gap:
                call.Authorise(IncidentAction.Update, target);
                target.SetDrillGap(call.Actor, command.Argument!, call.Now);
                await call.SaveAsync(target, ct);
                await call.PostAsync(target, $"{call.Actor} named the gap: {target.DrillGap}", ct: ct);
                return new CommandReply($"Gap recorded for {target.Number}. Open a ticket to close it before the next drill.");
            default:
                call.Authorise(IncidentAction.Resolve, target);
                var scores = await DrillFlow.EndAsync(call, target, ct);
                await call.SaveAsync(target, ct);
                var scored = scores.Where(s => s.Met is not null).ToList();
                return new CommandReply($"Ended {DrillRules.Tag} {target.Number}: {scored.Count(s => s.Met == true)} of {scored.Count} targets met; the scorecard is posted and the drill logged.");
        }
    }

    private static string Scenarios(EngineCall call)
    {
        var scenarios = call.Runbook.Drills.Scenarios;
        if (scenarios.Count == 0) return "This runbook defines no drills; add drills.scenarios to it (see runbooks/default.yaml).";
        var lines = new List<string> { "Drill scenarios (start one with /incident drill start <id>):" };
        foreach (var s in scenarios)
        {
            var targets = DrillPhases.All.Where(p => s.Targets.For(p) is not null).Select(p => $"{DrillPhases.TargetKey(p)} {DurationText.Format(s.Targets.For(p)!.Value)}").ToList();
            if (s.Targets.Rto is { } rto) targets.Add($"RTO {DurationText.Format(rto)}");
            lines.Add($"- {s.Id} ({s.Severity}{(s.Kind is null ? "" : ", " + s.Kind)}): {s.Name}{(targets.Count == 0 ? "" : $"; targets: {string.Join(", ", targets)}")}");
        }
        return string.Join('\n', lines);
    }

    private static DrillScenario RequireScenario(EngineCall call, string id) =>
        call.Runbook.Drills.Find(id.Trim()) ?? throw new IncidentRuleException(call.Runbook.Drills.Unknown(id.Trim()));

    private static DrillPhase RequirePhase(string text) =>
        DrillPhases.Read(text) ?? throw new IncidentRuleException($"'{text}' is not a drill phase; mark one of {DrillPhases.MarkKeys.Replace("|", ", ", StringComparison.Ordinal)}.");

    private static Incident RequireDrill(Incident? incident) =>
        incident is null ? throw new IncidentRuleException("Run this in the drill's channel (see /incident list), or start one with /incident drill start <scenario>.")
        : !incident.IsDrill ? throw new IncidentRuleException($"{incident.Number} is a real incident, not a drill; drill commands work in a drill's channel.")
        : incident;
}
