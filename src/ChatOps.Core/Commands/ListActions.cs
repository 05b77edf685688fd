using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

public sealed record ListActionsCommand(string? Incident = null) : IncidentCommand;

/// <summary>The channel's (or the named) incident's action items, numbered, with owner, due date and state.</summary>
public sealed class ListActions : CommandHandler<ListActionsCommand>
{
    public override CommandSpec Spec { get; } = new(["actions"], "/incident actions [INC-...]", CommandAccess.Anyone, CommandTarget.IncidentIfAny, 123);

    public override ParseResult Parse(CommandArgs args) => args.Count switch
    {
        0 => new ListActionsCommand(),
        1 when args[0].StartsWith("INC-", StringComparison.OrdinalIgnoreCase) => new ListActionsCommand(args[0].ToUpperInvariant()),
        _ => ParseResult.Fail("/incident actions takes at most an incident number, e.g. /incident actions INC-2026-001."),
    };

    protected override string Describe(ListActionsCommand command) => Words("actions", command.Incident);

    protected override string? About(ListActionsCommand command) => command.Incident;

    protected override bool AnswersAtOnce(ListActionsCommand command) => true;

    protected override Task<CommandReply> HandleAsync(EngineCall call, ListActionsCommand command, Incident? incident, CancellationToken ct)
    {
        if (incident is null)
            return Task.FromResult(CommandReply.Error("Run /incident actions in an incident's channel or name the incident (/incident actions INC-2026-001); /incident followups lists open ones across incidents."));
        call.RequireVisible(incident);
        if (incident.Actions.Count == 0)
            return Task.FromResult(new CommandReply($"{incident.Number} has no action items; add one with /incident action add <owner> <due> <text>."));
        var lines = incident.Actions.Select(a => a.Describe(call.Now));
        return Task.FromResult(new CommandReply($"Action items of {incident.Number} ({incident.Actions.Count(a => a.IsOpen)} open):\n" + string.Join('\n', lines)));
    }
}
