using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>Which open follow-ups to list across incidents.</summary>
public enum FollowUpFilter
{
    All,
    Mine,
    Overdue,
}

public sealed record FollowUpsCommand(FollowUpFilter Filter = FollowUpFilter.All) : IncidentCommand;

/// <summary>Open action items across every incident the person may see (a private incident's only to its participants and admins).</summary>
public sealed class FollowUps : CommandHandler<FollowUpsCommand>
{
    private const int MaxShown = 50;
    private const string Usage = "/incident followups [--mine | --overdue]";

    public override CommandSpec Spec { get; } = new(["followups", "follow-ups"], Usage, CommandAccess.Anyone, CommandTarget.None, 124);

    public override ParseResult Parse(CommandArgs args) => args.Count switch
    {
        0 => new FollowUpsCommand(),
        1 => args[0].ToLowerInvariant() switch
        {
            "--mine" => new FollowUpsCommand(FollowUpFilter.Mine),
            "--overdue" => new FollowUpsCommand(FollowUpFilter.Overdue),
            _ => ParseResult.Fail($"Unknown option '{args[0]}': {Usage}."),
        },
        _ => ParseResult.Fail($"Give at most one option: {Usage}."),
    };

    protected override string Describe(FollowUpsCommand command) => Words("followups", command.Filter switch
    {
        FollowUpFilter.Mine => "--mine",
        FollowUpFilter.Overdue => "--overdue",
        _ => null,
    });

    protected override bool AnswersAtOnce(FollowUpsCommand command) => true;

    protected override async Task<CommandReply> HandleAsync(EngineCall call, FollowUpsCommand command, Incident? incident, CancellationToken ct)
    {
        var (context, now) = (call.Work.Context, call.Now);
        var items = (await call.History.WithOpenActionsAsync(ct))
            .Where(i => AccessCheck.CanSee(call.Runbook.Access, context, i))
            .SelectMany(i => i.Actions.Where(a => a.IsOpen).Select(a => (Incident: i, Item: a)))
            .Where(x => command.Filter switch
            {
                FollowUpFilter.Mine => context.Names.Any(n => People.Same(n, x.Item.Owner)),
                FollowUpFilter.Overdue => x.Item.IsOverdue(now),
                _ => true,
            })
            .OrderBy(x => x.Item.DueAt)
            .ToList();
        var what = command.Filter switch
        {
            FollowUpFilter.Mine => "Your open follow-ups",
            FollowUpFilter.Overdue => "Overdue follow-ups",
            _ => "Open follow-ups",
        };
        if (items.Count == 0) return new CommandReply($"{what}: none.");
        var lines = items.Take(MaxShown).Select(x => $"{x.Incident.Number} {x.Item.Describe(now)}");
        var more = items.Count > MaxShown ? $"\n(the first {MaxShown} of {items.Count}, earliest due first)" : "";
        return new CommandReply($"{what} ({items.Count}), earliest due first:\n{string.Join('\n', lines)}{more}\nMark one done with /incident action done <n> <INC-...>.");
    }
}
