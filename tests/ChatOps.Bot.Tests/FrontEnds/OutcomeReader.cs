using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.FrontEnds;

/// <summary>
/// Reads the one incident a front end stored, its audit log and the post-mortem it wrote, and says them in
/// platform-neutral terms: each platform id of a <see cref="Person"/> becomes their name, times become UTC text, and
/// the post-mortem, which names people as the platform shows them, says each <paramref name="shownAs"/> name as the
/// person's.
/// </summary>
public sealed class OutcomeReader(IReadOnlyDictionary<string, Person> people, IReadOnlyDictionary<string, Person>? shownAs = null)
{

    /// <summary>The name of the person a platform id belongs to; anything else (a runbook handle, ChatOps) as it is.</summary>
    [return: NotNullIfNotNull(nameof(id))]
    public string? Name(string? id) => id is not null && people.TryGetValue(id, out var person) ? person.Name : id;

    /// <param name="services">A scope of the services the front end ran on (its database).</param>
    public async Task<IncidentOutcome> ReadAsync(IServiceProvider services, string postMortemFolder, IReadOnlyList<string> remindersPosted)
    {
        var incident = Assert.Single(await services.GetRequiredService<IIncidentStore>().ListAsync(includeEnded: true, CancellationToken.None));
        var audit = await services.GetRequiredService<ChatOpsDbContext>().Audit.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        var file = Assert.Single(Directory.GetFiles(postMortemFolder, "*.md"));
        var facts = new IncidentFacts(
            incident.Number, incident.Title, incident.ChannelName, incident.SeverityKey, incident.Status.ToString(), incident.Category,
            Name(incident.DeclaredBy), Name(incident.Commander), Name(incident.AcknowledgedBy), Precise(incident.AcknowledgedAt),
            incident.EscalationTier, Precise(incident.LastUpdateAt), Precise(incident.LastUpdateReminderAt), Precise(incident.ResolvedAt),
            Precise(incident.ClosedAt), incident.Summary, incident.PostMortemFile);
        return new IncidentOutcome(
            facts,
            incident.TriageAnswers.Select(t => $"{Time(t.At)} {Name(t.Actor)} {t.QuestionId}: {t.Answer}").ToList(),
            incident.Escalations.Select(e => $"{Time(e.At)} tier {e.Tier} ({e.TierName}) {string.Join(", ", e.People)} by {(e.Automatic ? "automatic" : Name(e.Actor))}: {Neutral(e.Reason)}").ToList(),
            People(incident.Participants),
            incident.Timeline.Select(t => $"{Time(t.At)} {Name(t.Actor)} {t.Kind}: {Neutral(t.Text)}").ToList(),
            remindersPosted,
            audit.Select(a => $"{Time(a.At)} {Name(a.Actor)} {a.IncidentNumber} {Neutral(a.Command)} -> {a.Outcome}{(a.Message is null ? "" : ": " + Neutral(a.Message))}").ToList(),
            audit.Select(a => a.Platform).Distinct().ToList(),
            PostMortem(await File.ReadAllTextAsync(file)));
    }

    /// <summary>The markdown's lines with people by their neutral names (each participant is listed once by the bot itself).</summary>
    private List<string> PostMortem(string markdown) =>
        markdown.ReplaceLineEndings("\n").TrimEnd().Split('\n').Select(Neutral).Select(Unshown).ToList();

    /// <summary>
    /// Participants as people: each once. A person invited by runbook handle who then acts under a platform id is stored
    /// under both; named, they are one person.
    /// </summary>
    private List<string> People(IEnumerable<string> ids) => ids.Select(id => Name(id)).Distinct().ToList();

    private string Unshown(string line) => (shownAs ?? new Dictionary<string, Person>())
        .Aggregate(line, (l, p) => Regex.Replace(l, $@"(?<![\w-]){Regex.Escape(p.Key)}(?![\w-])", p.Value.Name));

    private string Neutral(string text) => people.Aggregate(text, (t, p) => t.Replace(p.Key, p.Value.Name, StringComparison.Ordinal));

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private static string? Precise(DateTimeOffset? at) => at is { } value ? Core.Clock.FormatPrecise(value) : null;
}
