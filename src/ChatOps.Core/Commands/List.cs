using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>Which incidents a list shows.</summary>
public enum ListFilter
{
    /// <summary>Open ones (the default).</summary>
    Open,

    /// <summary>Every incident, open or ended.</summary>
    All,

    /// <summary>Resolved and closed ones.</summary>
    Ended,

    /// <summary>Open ones the person takes part in.</summary>
    Mine,
}

public sealed record ListCommand(ListFilter Filter = ListFilter.Open) : IncidentCommand;

/// <summary>The incidents the person may see: open ones, all, ended ones, or their own.</summary>
public sealed class List : CommandHandler<ListCommand>
{
    private const int MaxShown = 50;

    public override CommandSpec Spec { get; } = new(["list"], "/incident list [--all | --closed | --mine]", CommandAccess.Anyone, CommandTarget.None, 140);

    public override ParseResult Parse(CommandArgs args) => args.Count switch
    {
        0 => new ListCommand(),
        1 => args[0].ToLowerInvariant() switch
        {
            "--all" => new ListCommand(ListFilter.All),
            "--closed" or "--resolved" or "--ended" => new ListCommand(ListFilter.Ended),
            "--mine" => new ListCommand(ListFilter.Mine),
            "--open" => new ListCommand(ListFilter.Open),
            _ => ParseResult.Fail($"Unknown option '{args[0]}': /incident list [--all | --closed | --mine]."),
        },
        _ => ParseResult.Fail("Give at most one option: /incident list [--all | --closed | --mine]."),
    };

    protected override string Describe(ListCommand command) => Words("list", command.Filter switch
    {
        ListFilter.All => "--all",
        ListFilter.Ended => "--closed",
        ListFilter.Mine => "--mine",
        _ => null,
    });

    protected override bool AnswersAtOnce(ListCommand command) => true;

    protected override Task<CommandReply> HandleAsync(EngineCall call, ListCommand command, Incident? incident, CancellationToken ct) =>
        ShowAsync(call, command.Filter, ct);

    public static async Task<CommandReply> ShowAsync(EngineCall call, ListFilter filter, CancellationToken ct)
    {
        var context = call.Work.Context;
        var shown = (await call.Store.ListAsync(includeEnded: filter is ListFilter.All or ListFilter.Ended, ct))
            .Where(i => AccessCheck.CanSee(call.Runbook.Access, context, i))
            .Where(i => filter switch
            {
                ListFilter.Ended => !i.IsActive,
                ListFilter.Mine => i.Participants.Any(p => context.Names.Any(n => People.Same(p, n))),
                _ => true,
            })
            .ToList();
        var what = filter switch
        {
            ListFilter.All => "Incidents",
            ListFilter.Ended => "Resolved and closed incidents",
            ListFilter.Mine => "Your open incidents",
            _ => "Open incidents",
        };
        if (shown.Count == 0)
            return new CommandReply(filter switch
            {
                ListFilter.All => "No incidents yet.",
                ListFilter.Ended => "No resolved or closed incidents.",
                ListFilter.Mine => "No open incidents of yours.",
                _ => "No open incidents.",
            });
        var newest = filter is ListFilter.All or ListFilter.Ended ? shown.AsEnumerable().Reverse().Take(MaxShown).Reverse().ToList() : shown;
        var lines = newest.Select(i => $"{i.Number}  {i.SeverityKey}  {i.Status,-13}  #{i.ChannelName}  {i.Title} (commander {i.Commander}){(i.Private ? " [private]" : "")}");
        var more = newest.Count < shown.Count ? $"\n(the latest {newest.Count} of {shown.Count})" : "";
        return new CommandReply($"{what} ({shown.Count}):\n" + string.Join('\n', lines) + more);
    }
}
