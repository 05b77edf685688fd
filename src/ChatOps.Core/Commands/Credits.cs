using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;

namespace ChatOps.Core.Commands;

public sealed record CreditsCommand(string? Month) : IncidentCommand;

/// <summary>Each service's availability against its SLA for a month and the credit due, with the calculation.</summary>
public sealed class Credits : CommandHandler<CreditsCommand>
{
    public override CommandSpec Spec { get; } = new(["credits"], "/incident credits [YYYY-MM]   (service credits under the runbook's sla:)",
        CommandAccess.Anyone, CommandTarget.None, 127);

    public override ParseResult Parse(CommandArgs args) => args.Count switch
    {
        0 => new CreditsCommand(null),
        1 => new CreditsCommand(args[0]),
        _ => ParseResult.Fail("/incident credits takes at most a month, e.g. /incident credits 2026-11."),
    };

    protected override string Describe(CreditsCommand command) => Words("credits", command.Month);

    protected override void Check(EngineCall call, CreditsCommand command) => Month(call, command);

    protected override bool AnswersAtOnce(CreditsCommand command) => true;

    protected override async Task<CommandReply> HandleAsync(EngineCall call, CreditsCommand command, Incident? incident, CancellationToken ct)
    {
        if (call.Runbook.Sla.Count == 0)
            return new CommandReply("This runbook sets no SLA, so no service credits are worked out; add sla: with each service's monthly target and credit tiers (see the README).");
        var month = Month(call, command);
        var months = await ServiceCredits.ForMonthAsync(call.History, call.Runbook, month, call.Now, ct);
        var partial = month.End > call.Now ? $" (so far: the month runs until {Clock.Format(month.End)}; availability counts the whole month)" : "";
        return new CommandReply($"Service credits for {month}{partial}:\n" + string.Join('\n', months.Select(m => "- " + ServiceCreditText.Describe(m, i => NameFor(call, i)))));
    }

    /// <summary>An incident's number, or "a private incident" for a reader who may not see it.</summary>
    public static string NameFor(EngineCall call, Incident incident) =>
        AccessCheck.CanSee(call.Runbook.Access, call.Work.Context, incident) ? incident.Number : "a private incident";

    private static ReportMonth Month(EngineCall call, CreditsCommand command)
    {
        if (command.Month is null) return ReportMonth.Of(call.Now);
        if (!ReportMonth.TryParse(command.Month, out var month))
            throw new IncidentRuleException($"'{command.Month}' is not a month; write it like /incident credits {ReportMonth.Of(call.Now)}.");
        if (month.Start > call.Now) throw new IncidentRuleException($"{month} has not begun yet; name a month up to {ReportMonth.Of(call.Now)}.");
        return month;
    }
}
