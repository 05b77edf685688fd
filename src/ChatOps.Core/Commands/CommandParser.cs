using ChatOps.Core.Incidents;

namespace ChatOps.Core.Commands;

/// <summary>
/// Parses the one grammar every front end shares. The leading <c>/incident</c> or <c>incident</c> is optional,
/// so a Slack slash command's text and a Teams message parse alike.
/// </summary>
public static class CommandParser
{
    public const string Usage = """
        /incident declare <SEV> [--kind <kind>] [--private] <title...>   (no severity: the declare form)
        /incident ack
        /incident update <investigating|identified|monitoring> <message...>   (no arguments: the form)
        /incident sev <SEV>
        /incident role <commander|comms|scribe> <user>
        /incident triage
        /incident escalate [reason...]
        /incident note <text...>
        /incident resolve [summary...]
        /incident close
        /incident notified [clock] <who was notified...>   (stops a deadline clock)
        /incident audit [INC-...] [N]              (admins: the latest N audit entries)
        /incident list | status | help
        """;

    public static ParseResult Parse(string? text)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].TrimStart('/').Equals("incident", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(0);
        if (words.Count == 0) return new HelpCommand();
        var verb = words[0].ToLowerInvariant();
        var args = words.Skip(1).ToList();
        string Rest(int from = 0) => string.Join(' ', args.Skip(from));

        return verb switch
        {
            "declare" => ParseDeclare(args),
            "ack" or "acknowledge" => NoArguments(verb, args, new AcknowledgeCommand()),
            "update" => ParseUpdate(args, Rest(1)),
            "sev" or "severity" => args.Count == 1
                ? new ChangeSeverityCommand(args[0])
                : ParseResult.Fail("Name one severity: /incident sev <SEV>, for example /incident sev P1."),
            "role" => ParseRole(args),
            "triage" => NoArguments(verb, args, new TriageCommand()),
            "escalate" => new EscalateCommand(args.Count == 0 ? null : Rest()),
            "note" => args.Count == 0
                ? ParseResult.Fail("A note needs text: /incident note <text...>.")
                : new AddNoteCommand(Rest()),
            "resolve" => new ResolveCommand(args.Count == 0 ? null : Rest()),
            "close" => NoArguments(verb, args, new CloseCommand()),
            "list" => NoArguments(verb, args, new ListCommand()),
            "status" => NoArguments(verb, args, new StatusCommand()),
            "notified" => args.Count == 0
                ? ParseResult.Fail("Say who was notified: /incident notified [clock] <who was notified, how>, e.g. /incident notified notification Emailed all tenants and the DPA.")
                : new NotifiedCommand(Rest()),
            "audit" => ParseAudit(args),
            "help" => new HelpCommand(),
            _ => ParseResult.Fail($"Unknown command '{words[0]}'. The commands are:\n{Usage}"),
        };
    }

    /// <summary>
    /// <c>declare [options] SEV [options] title...</c>: options (<c>--kind K</c>, <c>--kind=K</c>, <c>--private</c>) come
    /// before the title, so a title may itself contain "--".
    /// </summary>
    private static ParseResult ParseDeclare(List<string> args)
    {
        string? severity = null, kind = null;
        var isPrivate = false;
        var at = 0;
        for (; at < args.Count; at++)
        {
            var word = args[at];
            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                var (name, value) = word.IndexOf('=') is var eq and > 0 ? (word[..eq], word[(eq + 1)..]) : (word, null);
                switch (name.ToLowerInvariant())
                {
                    case "--private" when value is null:
                        isPrivate = true;
                        continue;
                    case "--kind":
                        value ??= at + 1 < args.Count && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[++at] : null;
                        if (string.IsNullOrEmpty(value)) return ParseResult.Fail("--kind needs a kind: /incident declare <SEV> --kind <kind> <title...>, e.g. --kind data-leak.");
                        kind = value;
                        continue;
                    default:
                        return ParseResult.Fail($"Unknown option '{word}': declare takes --kind <kind> and --private, e.g. /incident declare P1 --kind data-leak Tenant data visible to another tenant.");
                }
            }
            if (severity is not null) break;
            severity = word;
        }
        var title = string.Join(' ', args.Skip(at));
        var details = kind is null && !isPrivate ? null : DeclareDetails.None with { Private = isPrivate, Kind = kind };
        if (severity is null) return new DeclareCommand(null, null, details);
        if (title.Length == 0)
            return ParseResult.Fail($"A declaration needs a title: /incident declare {severity} <title...> (or /incident declare alone for the form).");
        return new DeclareCommand(severity, title, details);
    }

    private static ParseResult ParseAudit(List<string> args)
    {
        string? number = null;
        int? count = null;
        foreach (var word in args)
        {
            if (number is null && word.StartsWith("INC-", StringComparison.OrdinalIgnoreCase)) number = word.ToUpperInvariant();
            else if (count is null && int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= AuditCommand.MaxCount) count = n;
            else return ParseResult.Fail($"'{word}' is not an incident or a count: /incident audit [INC-2026-001] [N], with N from 1 to {AuditCommand.MaxCount}.");
        }
        return new AuditCommand(number, count ?? AuditCommand.DefaultCount);
    }

    private static ParseResult ParseUpdate(List<string> args, string message)
    {
        if (args.Count == 0) return new PostUpdateCommand(null, null);
        if (!TryParseStatus(args[0], out var status))
            return ParseResult.Fail($"Unknown status '{args[0]}': use investigating, identified or monitoring, e.g. /incident update identified Bad deploy found.");
        if (args.Count == 1)
            return ParseResult.Fail($"An update needs a message: /incident update {args[0]} <message...>.");
        return new PostUpdateCommand(status, message);
    }

    public static bool TryParseStatus(string text, out IncidentStatus status)
    {
        status = text.ToLowerInvariant() switch
        {
            "investigating" => IncidentStatus.Investigating,
            "identified" => IncidentStatus.Identified,
            "monitoring" => IncidentStatus.Monitoring,
            _ => IncidentStatus.Resolved,
        };
        return status != IncidentStatus.Resolved;
    }

    private static ParseResult ParseRole(List<string> args)
    {
        if (args.Count != 2)
            return ParseResult.Fail("Name a role and one person: /incident role <commander|comms|scribe> <user>.");
        IncidentRole? role = args[0].ToLowerInvariant() switch
        {
            "commander" or "ic" => IncidentRole.Commander,
            "comms" => IncidentRole.Comms,
            "scribe" => IncidentRole.Scribe,
            _ => null,
        };
        return role is { } r
            ? new AssignRoleCommand(r, args[1])
            : ParseResult.Fail($"Unknown role '{args[0]}': use commander, comms or scribe.");
    }

    private static ParseResult NoArguments(string verb, List<string> args, IncidentCommand command) =>
        args.Count == 0 ? command : ParseResult.Fail($"/incident {verb} takes no arguments.");
}

/// <summary>A parsed command, or the message that says what was wrong with the input.</summary>
public sealed record ParseResult(IncidentCommand? Command, string? Error)
{
    public static ParseResult Fail(string error) => new(null, error);

    public static implicit operator ParseResult(IncidentCommand command) => new(command, null);
}
