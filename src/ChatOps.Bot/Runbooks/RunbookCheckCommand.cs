using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Bot.Runbooks;

/// <summary><c>runbook check FILE</c>: validates a runbook and prints every error with file, line and field.</summary>
public static class RunbookCheckCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count != 1)
        {
            error.WriteLine("usage: runbook check FILE");
            return 2;
        }
        var result = RunbookLoader.LoadFile(args[0]);
        if (!result.Ok)
        {
            foreach (var e in result.Errors) error.WriteLine(e.ToString());
            error.WriteLine($"{args[0]}: {result.Errors.Count} error(s); the runbook was not accepted.");
            return 1;
        }
        var runbook = result.Runbook!;
        output.WriteLine($"{args[0]}: OK, \"{runbook.Name}\"");
        foreach (var s in runbook.Severities)
            output.WriteLine($"  {s.Key} {s.Name}: respond {DurationText.Format(s.RespondWithin)}, resolve {DurationText.Format(s.ResolveWithin)}, update every {DurationText.Format(s.UpdateEvery)}, {s.Escalation.Count} escalation tier(s){(s.Private ? ", private" : "")}");
        output.WriteLine($"  {runbook.Triage.Count} triage question(s), {runbook.Checklists.Count} checklist(s)");
        if (runbook.Drills.Scenarios.Count > 0)
            output.WriteLine($"  {runbook.Drills.Scenarios.Count} drill scenario(s) ({runbook.Drills.Ids}), {runbook.Drills.Schedules.Count} drill schedule(s)");
        return 0;
    }
}
