using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

public sealed record ListCommand : IncidentCommand;

/// <summary>The open incidents the person may see.</summary>
public sealed class List : CommandHandler<ListCommand>
{
    public override CommandSpec Spec { get; } = new(["list"], "/incident list", CommandAccess.Anyone, CommandTarget.None, 140);

    public override ParseResult Parse(CommandArgs args) => args.None(new ListCommand());

    protected override bool AnswersAtOnce(ListCommand command) => true;

    protected override Task<CommandReply> HandleAsync(EngineCall call, ListCommand command, Incident? incident, CancellationToken ct) => OpenAsync(call, ct);

    public static async Task<CommandReply> OpenAsync(EngineCall call, CancellationToken ct)
    {
        var open = (await call.Store.ListAsync(includeEnded: false, ct)).Where(i => AccessCheck.CanSee(call.Runbook.Access, call.Work.Context, i)).ToList();
        if (open.Count == 0) return new CommandReply("No open incidents.");
        var lines = open.Select(i => $"{i.Number}  {i.SeverityKey}  {i.Status,-13}  #{i.ChannelName}  {i.Title} (commander {i.Commander}){(i.Private ? " [private]" : "")}");
        return new CommandReply($"Open incidents ({open.Count}):\n" + string.Join('\n', lines));
    }
}
