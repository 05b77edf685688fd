using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Learning;

namespace ChatOps.Core.Commands;

public sealed record ReportCommand(string? Since, string? Severity, string? Service) : IncidentCommand;

/// <summary>Incident figures over a period (see <see cref="IncidentReport"/>); the same numbers as JSON at the dashboard's /dashboard/api/report.</summary>
public sealed class Report : CommandHandler<ReportCommand>
{
    public override CommandSpec Spec { get; } = new(["report"], ReportQuery.Usage, CommandAccess.Anyone, CommandTarget.None, 126);

    public override ParseResult Parse(CommandArgs args)
    {
        string? since = null, severity = null, service = null;
        for (var i = 0; i < args.Count; i += 2)
        {
            var option = args[i].ToLowerInvariant();
            if (option is not ("--since" or "--severity" or "--service"))
                return ParseResult.Fail($"Unknown option '{args[i]}': {ReportQuery.Usage}.");
            if (i + 1 >= args.Count) return ParseResult.Fail($"{option} needs a value: {ReportQuery.Usage}.");
            switch (option)
            {
                case "--since": since = args[i + 1]; break;
                case "--severity": severity = args[i + 1]; break;
                default: service = args[i + 1]; break;
            }
        }
        return new ReportCommand(since, severity, service);
    }

    protected override string Describe(ReportCommand command) =>
        Words("report", command.Since is null ? null : "--since " + command.Since, command.Severity is null ? null : "--severity " + command.Severity,
            command.Service is null ? null : "--service " + command.Service);

    protected override void Check(EngineCall call, ReportCommand command) => Query(call, command);

    protected override bool AnswersAtOnce(ReportCommand command) => true;

    protected override async Task<CommandReply> HandleAsync(EngineCall call, ReportCommand command, Incident? incident, CancellationToken ct) =>
        new(ReportText.Render(await IncidentReport.BuildAsync(call.History, call.Runbook, Query(call, command), call.Now, ct)));

    private static ReportQuery Query(EngineCall call, ReportCommand command)
    {
        var (query, error) = ReportQuery.Read(command.Since, command.Severity, command.Service, call.Now);
        return (query ?? throw new IncidentRuleException(error!)).WithKnownSeverity(call.Runbook);
    }
}
