using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Commands;

/// <summary>Posts one of the runbook's mitigation checklists; with no name, says which there are.</summary>
public sealed record ChecklistCommand(string? Name) : IncidentCommand;

/// <summary>
/// A mitigation checklist on demand, for when triage did not lead to it (rate limiting, the scheduler, ...): posted in
/// the incident's channel and noted on the timeline.
/// </summary>
public sealed class ShowChecklist : IncidentCommandHandler<ChecklistCommand>
{
    public override CommandSpec Spec { get; } = new(["checklist"], "/incident checklist <name>   (posts a mitigation checklist; no name: the list)",
        CommandAccess.For(IncidentAction.Triage), CommandTarget.Incident, 62);

    public override ParseResult Parse(CommandArgs args) => args.Count switch
    {
        0 => new ChecklistCommand(null),
        1 => new ChecklistCommand(args[0]),
        _ => ParseResult.Fail("Name one checklist: /incident checklist <name>, e.g. /incident checklist database (/incident checklist alone lists them)."),
    };

    protected override string Describe(ChecklistCommand command) => Words("checklist", command.Name);

    protected override void Check(EngineCall call, ChecklistCommand command)
    {
        if (command.Name is { } name) Find(call.Runbook, name);
    }

    /// <summary>Listing the checklists changes nothing.</summary>
    protected override bool AnswersAtOnce(ChecklistCommand command) => command.Name is null;

    protected override async Task<CommandReply> ApplyAsync(EngineCall call, ChecklistCommand command, Incident incident, CancellationToken ct)
    {
        if (command.Name is not { } name)
            return call.Runbook.Checklists.Count == 0
                ? CommandReply.Error("This runbook has no mitigation checklists; add them under checklists:.")
                : new CommandReply($"Mitigation checklists (post one with /incident checklist <name>):\n{Names(call.Runbook)}");
        var checklist = Find(call.Runbook, name);
        incident.AddNote(call.Actor, $"Posted the {checklist.Title} checklist ({checklist.Key})", call.Now, "checklist");
        await call.SaveAsync(incident, ct);
        await call.PostCardAsync(incident, IncidentCards.Checklist(checklist), ct: ct);
        return new CommandReply($"Posted the {checklist.Title} checklist in #{incident.ChannelName}.");
    }

    private static Checklist Find(Runbook runbook, string name) =>
        runbook.Checklists.Values.FirstOrDefault(c => string.Equals(c.Key, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new IncidentRuleException(runbook.Checklists.Count == 0
            ? "This runbook has no mitigation checklists; add them under checklists:."
            : $"No checklist '{name}' in this runbook; choose one of: {string.Join(", ", runbook.Checklists.Keys)}.");

    private static string Names(Runbook runbook) =>
        string.Join('\n', runbook.Checklists.Values.Select(c => $"- {c.Key}: {c.Title} ({c.Steps.Count} steps)"));
}
