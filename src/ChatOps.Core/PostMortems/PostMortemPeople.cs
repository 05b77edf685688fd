using System.Text.RegularExpressions;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.Ports;

namespace ChatOps.Core.PostMortems;

/// <summary>
/// An incident's people as its post-mortem names them: each looked up once in the directory, shown by name, and
/// listed once however many handles or user ids they were stored under.
/// </summary>
public sealed class PostMortemPeople
{
    private readonly Dictionary<string, PersonName> _found;
    private readonly Regex? _inText;

    private PostMortemPeople(Dictionary<string, PersonName> found)
    {
        _found = found;
        var renamed = found.Where(p => p.Value.Name != p.Key).Select(p => p.Key).OrderByDescending(k => k.Length).Select(Regex.Escape).ToList();
        _inText = renamed.Count == 0 ? null : new Regex($@"(?<![\w-])(?<who>{string.Join('|', renamed)})(?![\w-])", RegexOptions.CultureInvariant);
    }

    /// <summary>People as the incident stores them.</summary>
    public static PostMortemPeople AsStored { get; } = new(new Dictionary<string, PersonName>(StringComparer.Ordinal));

    public static async Task<PostMortemPeople> FindAsync(IPeopleDirectory directory, Incident incident, CancellationToken ct)
    {
        var found = new Dictionary<string, PersonName>(StringComparer.Ordinal);
        foreach (var person in Named(incident))
            if (!found.ContainsKey(person)) found[person] = await directory.FindAsync(person, ct);
        return new PostMortemPeople(found);
    }

    /// <summary>The person by name, as Markdown that shows the name as it is (<see cref="MarkdownPerson"/>).</summary>
    public string Name(string person) => MarkdownPerson.Escape(_found.TryGetValue(person, out var found) ? found.Name : person);

    /// <summary>The people by name, each once, as Markdown.</summary>
    public string List(IEnumerable<string> people) =>
        string.Join(", ", people.Select(p => _found.GetValueOrDefault(p) ?? new PersonName(p, p)).DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase).Select(p => MarkdownPerson.Escape(p.Name)));

    /// <summary>Text the engine wrote about people ("reminder sent to U0ALICE"), with their names.</summary>
    public string InText(string text) => _inText is null ? text : _inText.Replace(text, m => Name(m.Groups["who"].Value));

    /// <summary>Everyone the incident names: its roles, participants, who acted, who was escalated to, who stopped a clock.</summary>
    private static IEnumerable<string> Named(Incident incident) =>
        new[] { incident.Commander, incident.Comms, incident.Scribe, incident.DeclaredBy, incident.AcknowledgedBy }
            .Concat(incident.Participants)
            .Concat(incident.Timeline.Select(t => t.Actor))
            .Concat(incident.TriageAnswers.Select(t => t.Actor))
            .Concat(incident.Escalations.SelectMany(e => e.People.Append(e.Actor)))
            .Concat(incident.Deadlines.Select(d => d.StoppedBy))
            .OfType<string>()
            .Where(p => p.Trim().Length > 0 && p != IncidentEngine.BotName);
}
