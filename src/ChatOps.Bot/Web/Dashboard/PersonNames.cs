using ChatOps.Core.Access;

namespace ChatOps.Bot.Web.Dashboard;

/// <summary>
/// The runbook's people by their platform ids: <c>Slack__People__oncall-engineer=U0123ABCDE</c> makes U0123ABCDE shown
/// as oncall-engineer wherever the dashboard names a person, with the id kept in the element's <c>title</c>. An id no
/// mapping names is shown as it is.
/// </summary>
public sealed class PersonNames
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.OrdinalIgnoreCase);

    public PersonNames(IConfiguration configuration)
    {
        foreach (var mapping in new[] { "Slack:People", "Teams:People", "Web:People" }.SelectMany(s => configuration.GetSection(s).GetChildren()))
            if (mapping.Value is { Length: > 0 } id && !People.Same(id, mapping.Key))
                _byId.TryAdd(People.Handle(id), mapping.Key);
    }

    /// <summary>The runbook handle <paramref name="id"/> belongs to, or null when no mapping names it.</summary>
    public string? Of(string? id) => id is { Length: > 0 } && _byId.TryGetValue(People.Handle(id), out var handle) ? handle : null;

    /// <summary>The person as HTML: their runbook name with the id in <c>title</c>, or the id as it is; escaped either way.</summary>
    public string Html(string? id) =>
        Of(id) is { } name
            ? $"<span class=\"person\" title=\"{Dashboard.Html.Text(id)}\">{Dashboard.Html.Text(name)}</span>"
            : Dashboard.Html.Text(id);

    /// <summary>Several people, comma-separated, each as <see cref="Html(string?)"/>.</summary>
    public string Html(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => Html(id)));
}
