using ChatOps.Core.Access;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.StatusPage;

namespace ChatOps.Core.Commands;

/// <summary>What <c>/incident maintenance</c> was asked to do.</summary>
public enum MaintenanceAction
{
    List,
    Schedule,
    Cancel,
}

/// <param name="Words">For schedule: the words after it (components, from, to, text); for cancel: the id.</param>
public sealed record MaintenanceCommand(MaintenanceAction Action, IReadOnlyList<string> Words) : IncidentCommand;

/// <summary>
/// Planned work on the public status page (issue 16): schedule a window for some components, list the upcoming and
/// in-progress ones, cancel one. Runs from any channel; scheduling and cancelling follow the runbook's <c>update</c> rule.
/// </summary>
public sealed class Maintenance : CommandHandler<MaintenanceCommand>
{
    public const string Usage =
        "/incident maintenance [schedule <component[,component...]> <from> <to> <text> | cancel <id>]";

    private const string ScheduleExample = "/incident maintenance schedule api,database 2026-12-20T02:00Z 2026-12-20T04:00Z Database upgrade";

    public override CommandSpec Spec { get; } = new(["maintenance"], Usage + "   (no word: upcoming and in progress; times UTC)", CommandAccess.Anyone, CommandTarget.None, 121);

    public override ParseResult Parse(CommandArgs args)
    {
        if (args.Count == 0) return new MaintenanceCommand(MaintenanceAction.List, []);
        var rest = args.Words.Skip(1).ToList();
        return args[0].ToLowerInvariant() switch
        {
            "list" => rest.Count == 0 ? new MaintenanceCommand(MaintenanceAction.List, []) : ParseResult.Fail("/incident maintenance list takes nothing more."),
            "schedule" => rest.Count < 3
                ? ParseResult.Fail($"Name the components, the window and what customers should read: /incident maintenance schedule <component[,component...]> <from> <to> <text>, e.g. {ScheduleExample}.")
                : new MaintenanceCommand(MaintenanceAction.Schedule, rest),
            "cancel" => rest.Count == 1 ? new MaintenanceCommand(MaintenanceAction.Cancel, rest)
                : ParseResult.Fail("Name the maintenance to cancel: /incident maintenance cancel <id>, e.g. /incident maintenance cancel mnt-3 (/incident maintenance lists them)."),
            _ => ParseResult.Fail($"Unknown maintenance command '{args[0]}'. {Usage}"),
        };
    }

    protected override string Describe(MaintenanceCommand command) =>
        Words("maintenance", command.Action == MaintenanceAction.List ? null : command.Action.ToString().ToLowerInvariant(), string.Join(' ', command.Words));

    protected override void Check(EngineCall call, MaintenanceCommand command)
    {
        if (command.Action == MaintenanceAction.Schedule) Read(call, command.Words);
    }

    protected override bool AnswersAtOnce(MaintenanceCommand command) => command.Action == MaintenanceAction.List;

    protected override async Task<CommandReply> HandleAsync(EngineCall call, MaintenanceCommand command, Incident? incident, CancellationToken ct)
    {
        switch (command.Action)
        {
            case MaintenanceAction.List:
                return new CommandReply(List(call.Runbook.StatusPage, await call.Maintenance.ListAsync(ct), call.Now));
            case MaintenanceAction.Schedule:
                call.Authorise(IncidentAction.Update, null);
                var window = Read(call, command.Words);
                var stored = await call.Maintenance.AddAsync(window, ct);
                return new CommandReply($"Scheduled maintenance {stored.Id}: {Names(call.Runbook.StatusPage, stored)}, {Window(stored)}. It shows on the status page now; cancel it with /incident maintenance cancel {stored.Id}.");
            default:
                call.Authorise(IncidentAction.Update, null);
                var id = command.Words[0].Trim();
                var found = (await call.Maintenance.ListAsync(ct)).FirstOrDefault(m => SameId(m.Id, id))
                            ?? throw new IncidentRuleException($"There is no maintenance '{id}'; /incident maintenance lists the upcoming ones with their ids.");
                if (found.IsCancelled) throw new IncidentRuleException($"Maintenance {found.Id} is already cancelled.");
                if (found.StateAt(call.Now) == MaintenanceState.Completed) throw new IncidentRuleException($"Maintenance {found.Id} already ended at {Clock.Format(found.To)}; there is nothing to cancel.");
                await call.Maintenance.CancelAsync(found.Id, call.Actor, call.Now, ct);
                return new CommandReply($"Cancelled maintenance {found.Id} ({Names(call.Runbook.StatusPage, found)}); it no longer shows on the status page.");
        }
    }

    /// <summary>The window the words describe, or the refusal that says what to fix.</summary>
    private static ScheduledMaintenance Read(EngineCall call, IReadOnlyList<string> words)
    {
        var page = StatusPageFlow.RequireEnabled(call.Runbook);
        var components = new List<string>();
        foreach (var key in words[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = page.Find(key) ?? throw new IncidentRuleException(page.UnknownComponent(key));
            if (!components.Contains(found.Key)) components.Add(found.Key);
        }
        if (components.Count == 0) throw new IncidentRuleException($"Name at least one component; the status page's components are {page.ComponentKeys}.");
        var index = 1;
        var from = MaintenanceTime.Read(words, ref index, "start");
        var to = MaintenanceTime.Read(words, ref index, "end");
        var text = string.Join(' ', words.Skip(index)).Trim();
        if (to <= from) throw new IncidentRuleException($"The maintenance ends ({Clock.Format(to)}) before it starts ({Clock.Format(from)}); put the start first, e.g. {ScheduleExample}.");
        if (to <= call.Now) throw new IncidentRuleException($"The maintenance window ends in the past ({Clock.Format(to)}; it is now {Clock.Format(call.Now)}); schedule a window that ends later.");
        if (text.Length == 0) throw new IncidentRuleException($"Say what customers should read after the window, e.g. {ScheduleExample}.");
        return new ScheduledMaintenance("", components, from, to, text, call.Actor, call.Now);
    }

    public static string List(Runbooks.StatusPagePolicy page, IReadOnlyList<ScheduledMaintenance> all, DateTimeOffset now)
    {
        var shown = all.Where(m => m.IsShownAt(now)).OrderBy(m => m.From).ToList();
        if (shown.Count == 0) return "No maintenance is scheduled or in progress. Schedule some with /incident maintenance schedule <component[,component...]> <from> <to> <text>.";
        var lines = new List<string> { "Scheduled maintenance (UTC):" };
        lines.AddRange(shown.Select(m =>
            $"- {m.Id} [{(m.StateAt(now) == MaintenanceState.InProgress ? "in progress" : "upcoming")}] {Names(page, m)}, {Window(m)}: {m.Text} (by {m.ScheduledBy})"));
        return string.Join('\n', lines);
    }

    private static string Names(Runbooks.StatusPagePolicy page, ScheduledMaintenance m) =>
        string.Join(", ", m.Components.Select(c => page.Find(c)?.Name ?? c));

    private static string Window(ScheduledMaintenance m) => $"{Clock.Format(m.From)} to {Clock.Format(m.To)}";

    private static bool SameId(string id, string typed) =>
        string.Equals(id, typed, StringComparison.OrdinalIgnoreCase)
        || string.Equals(id, ScheduledMaintenance.IdPrefix + typed, StringComparison.OrdinalIgnoreCase);
}
