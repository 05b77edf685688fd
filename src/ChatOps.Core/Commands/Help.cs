using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

public sealed record HelpCommand : IncidentCommand;

/// <summary>Every command's line.</summary>
public sealed class Help : CommandHandler<HelpCommand>
{
    public override CommandSpec Spec { get; } = new(["help"], "/incident help", CommandAccess.Anyone, CommandTarget.None, 160);

    public override ParseResult Parse(CommandArgs args) => new HelpCommand();

    protected override bool AnswersAtOnce(HelpCommand command) => true;

    protected override Task<CommandReply> HandleAsync(EngineCall call, HelpCommand command, Incident? incident, CancellationToken ct) =>
        Task.FromResult(new CommandReply($"Commands:\n{CommandParser.Usage}"));
}
