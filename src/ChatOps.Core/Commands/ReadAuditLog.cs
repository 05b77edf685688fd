using ChatOps.Core.Audit;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>Shows the latest audit entries, of one incident or all (admins only).</summary>
public sealed record AuditCommand(string? Incident, int Count) : IncidentCommand
{
    public const int DefaultCount = 20;
    public const int MaxCount = 200;
}

/// <summary>The audit log, for admins.</summary>
public sealed class ReadAuditLog : CommandHandler<AuditCommand>
{
    public override CommandSpec Spec { get; } = new(["audit"], "/incident audit [INC-...] [N]              (admins: the latest N audit entries)",
        CommandAccess.AdminsOnly("read the audit log"), CommandTarget.None, 130);

    public override ParseResult Parse(CommandArgs args)
    {
        string? number = null;
        int? count = null;
        foreach (var word in args.Words)
        {
            if (number is null && word.StartsWith("INC-", StringComparison.OrdinalIgnoreCase)) number = word.ToUpperInvariant();
            else if (count is null && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= AuditCommand.MaxCount) count = n;
            else return ParseResult.Fail($"'{word}' is not an incident or a count: /incident audit [INC-2026-001] [N], with N from 1 to {AuditCommand.MaxCount}.");
        }
        return new AuditCommand(number, count ?? AuditCommand.DefaultCount);
    }

    protected override string Describe(AuditCommand command) =>
        Words("audit", command.Incident, command.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    protected override string? About(AuditCommand command) => command.Incident;

    protected override bool AnswersAtOnce(AuditCommand command) => true;

    protected override async Task<CommandReply> HandleAsync(EngineCall call, AuditCommand command, Incident? incident, CancellationToken ct)
    {
        var entries = await call.AuditLog.LatestAsync(command.Incident, command.Count, ct);
        var about = command.Incident is null ? "" : $" for {command.Incident}";
        return entries.Count == 0
            ? new CommandReply($"No audit entries{about}.")
            : new CommandReply($"Audit log{about}, latest {entries.Count}, oldest first:\n{AuditTable.Format(entries)}");
    }
}
