namespace ChatOps.Core.Incidents;

/// <summary>
/// The post-mortem's own sections as people write them. The bot's sections (times, timeline, triage, ...) are rendered
/// from the incident each time; these are kept as written and go into the file in place of the empty sections.
/// </summary>
public sealed partial class Incident
{
    public const int MaxPostMortemSection = 20_000;

    private List<PostMortemNote> _postMortemNotes = [];

    public IReadOnlyList<PostMortemNote> PostMortemNotes => _postMortemNotes;

    public PostMortemNote? PostMortemNote(string section) =>
        _postMortemNotes.FirstOrDefault(n => string.Equals(n.Section, section, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Writes <paramref name="section"/> (one of <paramref name="sections"/>, the runbook's). <paramref name="basedOn"/> is the
    /// <see cref="Incidents.PostMortemNote.Digest"/> of the text the writer started from: when someone saved the section
    /// since, nothing is overwritten and the writer is told who and when. Returns false when the text is unchanged.
    /// </summary>
    public bool WritePostMortem(string actor, string section, string text, string basedOn, IReadOnlyList<string> sections, DateTimeOffset now)
    {
        RequireNotClosed("edit the post-mortem of");
        var name = sections.FirstOrDefault(s => string.Equals(s, section, StringComparison.OrdinalIgnoreCase))
            ?? throw new IncidentRuleException($"The post-mortem has no section '{section}'; its sections are {string.Join(", ", sections)}.");
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length > MaxPostMortemSection)
            throw new IncidentRuleException($"The {name} section is {text.Length} characters; a section holds at most {MaxPostMortemSection}.");
        var current = PostMortemNote(name);
        if (Incidents.PostMortemNote.Digest(current?.Text) != basedOn)
            throw new IncidentRuleException($"{current?.By ?? "Someone"} saved the {name} section at {Clock.Format(current?.At ?? now)} after you opened it; nothing was overwritten. Copy your text, reload, and merge it with theirs.");
        if ((current?.Text ?? "") == text) return false;
        _postMortemNotes.RemoveAll(n => n.Section == name);
        if (text.Length > 0) _postMortemNotes.Add(new PostMortemNote(name, text, actor, now));
        Record(now, actor, "postmortem", text.Length == 0 ? $"Cleared the post-mortem's {name} section" : $"Wrote the post-mortem's {name} section ({text.Length} characters)");
        return true;
    }
}
