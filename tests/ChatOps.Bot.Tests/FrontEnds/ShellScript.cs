using System.Text.RegularExpressions;
using ChatOps.Bot.Runbooks;
using ChatOps.Bot.Tests.Persistence;
using ChatOps.Bot.Tests.Support;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Time;

namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// The script as lines typed into the terminal shell (<c>/as</c>, <c>/click N</c>, <c>/clock +D</c>, form answers),
/// run through the real command line when the outcome is read. The shell fires what is due after every line, and
/// keeps the buttons of the latest card for <c>/click</c>, so the lines must all go through one run.
/// </summary>
public sealed partial class ShellScript : IFrontEndScript
{
    /// <summary>An unacknowledged incident card's buttons: Acknowledge, Post update, Triage, Escalate, Resolve.</summary>
    private const int AcknowledgeButton = 1;

    /// <summary>A status-update reminder's only button.</summary>
    private const int PostUpdateButton = 1;

    private static readonly Runbook Runbook = RunbookSource.LoadEmbedded().Runbook!;

    private readonly ShellHarness _shell = new();
    private readonly List<string> _lines = [];
    private string _user = Person.Alice.Name;
    private ShellRun? _run;

    [GeneratedRegex(@"^\s*\+-- (Status update due: \S+)")]
    private static partial Regex ReminderCard();

    [GeneratedRegex(@"@(\S+)")]
    private static partial Regex Mention();

    public Task DeclareAsync(Person who, string severity, string title) => Type(who, $"/incident declare {severity} {title}");

    public Task AcknowledgeAsync(Person who) => Type(who, $"/click {AcknowledgeButton}");

    public async Task AnswerTriageAsync(Person who, params string[] answers)
    {
        await Type(who, "/incident triage");
        foreach (var answer in answers) await Type(who, $"/click {ButtonOf(answer)}");
    }

    /// <summary>The form asks for the status, then the message, then its "Publish to the status page" part (left as it is: nothing published).</summary>
    public Task UpdateAsync(Person who, string status, string message) => Type(who, $"/click {PostUpdateButton}", status, message, "", "", "");

    public Task EscalateAsync(Person who, string reason) => Type(who, $"/incident escalate {reason}");

    public Task NoteAsync(Person who, string text) => Type(who, $"/incident note {text}");

    public Task ResolveAsync(Person who, string summary) => Type(who, $"/incident resolve {summary}");

    public Task CloseAsync(Person who) => Type(who, "/incident close");

    public Task AdvanceAsync(TimeSpan step)
    {
        _lines.Add($"/clock +{DurationText.Format(step)}");
        return Task.CompletedTask;
    }

    public async Task<IncidentOutcome> ReadOutcomeAsync()
    {
        _run ??= await _shell.RunScriptAsync(Person.Alice.Name, [.. _lines]);
        Assert.True(_run.ExitCode == 0, _run.ToString());
        await using var database = new StorageReplica(new Dictionary<string, string?> { ["ConnectionStrings:ChatOps"] = $"Data Source={_shell.DatabasePath};Pooling=False" }, "outcome");
        // Shell people are their names already.
        var reader = new OutcomeReader(new Dictionary<string, Person>());
        return await database.InScopeAsync(services => reader.ReadAsync(services, _shell.PostMortemFolder, RemindersPosted(_run.Output)));
    }

    public ValueTask DisposeAsync()
    {
        _shell.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Each reminder card printed, with whom the line before it mentioned.</summary>
    private static List<string> RemindersPosted(string output)
    {
        var lines = output.Split('\n');
        var reminders = new List<string>();
        for (var i = 1; i < lines.Length; i++)
            if (ReminderCard().Match(lines[i]) is { Success: true } card)
                reminders.Add($"{card.Groups[1].Value} -> {string.Join(", ", Mention().Matches(lines[i - 1]).Select(m => m.Groups[1].Value))}");
        return reminders;
    }

    /// <summary>The shell numbers a triage question's buttons in the runbook's order of its answers.</summary>
    private static int ButtonOf(string answer) =>
        Runbook.Triage.Select(q => q.Answers.ToList().FindIndex(a => a.Label == answer)).Single(i => i >= 0) + 1;

    private Task Type(Person who, params string[] lines)
    {
        if (who.Name != _user) _lines.Add($"/as {who.Name}");
        _user = who.Name;
        _lines.AddRange(lines);
        return Task.CompletedTask;
    }
}
