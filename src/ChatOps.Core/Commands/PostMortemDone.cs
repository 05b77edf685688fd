using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Time;

namespace ChatOps.Core.Commands;

public sealed record PostMortemDoneCommand : IncidentCommand;

/// <summary>
/// The post-mortem is written up: the time is kept (a drill's post-mortem phase, seed 000: within 24 hours; metrics'
/// time to post-mortem) and measured against the runbook's <c>postmortem.due-after</c>.
/// </summary>
public sealed class PostMortemDone : IncidentCommandHandler<PostMortemDoneCommand>
{
    public override CommandSpec Spec { get; } = new(["postmortem", "post-mortem"], "/incident postmortem done   (the post-mortem is written; timed)",
        CommandAccess.For(IncidentAction.Update), CommandTarget.Incident, 105);

    public override ParseResult Parse(CommandArgs args) =>
        args.Count == 1 && string.Equals(args[0], "done", StringComparison.OrdinalIgnoreCase)
            ? new PostMortemDoneCommand()
            : ParseResult.Fail("Say the post-mortem is written with /incident postmortem done (after /incident resolve).");

    protected override string Describe(PostMortemDoneCommand command) => "postmortem done";

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, PostMortemDoneCommand command, Incident incident, CancellationToken ct)
    {
        incident.MarkPostMortemDone(call.Actor, call.Now);
        await call.SaveAsync(incident, ct);
        var taken = call.Now - incident.ResolvedAt!.Value;
        var due = call.Runbook.PostMortem.DueAfter;
        var verdict = taken <= due
            ? $"within the {DurationText.Format(due)} the runbook allows"
            : $"{DurationText.Approximate(taken - due)} later than the {DurationText.Format(due)} the runbook allows";
        var text = $"{call.Actor} marked the post-mortem of {incident.Number} done, {DurationText.Approximate(taken)} after the resolution ({verdict}).";
        await call.PostAsync(incident, text, ct: ct);
        return new CommandReply(text);
    }
}
