using ChatOps.Core.Alerts;

namespace ChatOps.Core.Runbooks;

/// <summary>
/// What alerts from monitoring do (<c>alerts:</c>): the first rule an alert matches says at which severity (and kind,
/// services, title) it declares an incident, at once or by a suggestion someone accepts. An alert that matches no rule
/// starts nothing. A firing alert that repeats one of an open incident's (same group or fingerprint), or re-fires
/// within <see cref="RegroupWithin"/> of its last, joins that incident's timeline instead.
/// </summary>
public sealed record AlertPolicy(IReadOnlyList<AlertRule> Rules, TimeSpan RegroupWithin)
{
    public static readonly TimeSpan DefaultRegroupWithin = TimeSpan.FromMinutes(30);

    public static readonly AlertPolicy None = new([], DefaultRegroupWithin);

    public AlertRule? RuleFor(Alert alert) => Rules.FirstOrDefault(r => r.Match.Matches(alert));
}

/// <summary>How an alert that matches a rule starts an incident.</summary>
public enum AlertDeclare
{
    /// <summary>Declared at once.</summary>
    Auto,

    /// <summary>Suggested in the announce channel with Declare and Dismiss buttons.</summary>
    Suggest,
}

/// <summary>One <c>alerts.rules</c> entry.</summary>
/// <param name="Title">The incident's title, with <c>{alert}</c>, <c>{summary}</c>, <c>{source}</c> and <c>{label_NAME}</c> filled in.</param>
/// <param name="ServicesFromLabel">A label whose value names the affected service, added to <paramref name="Services"/>.</param>
public sealed record AlertRule(
    string Name,
    AlertMatch Match,
    string Severity,
    string? Kind,
    IReadOnlyList<string> Services,
    string? ServicesFromLabel,
    string Title,
    AlertDeclare Declare)
{
    public const string DefaultTitle = "{alert}: {summary}";

    /// <summary>The placeholders a title may use besides <c>{label_NAME}</c>.</summary>
    public static readonly IReadOnlyList<string> TitlePlaceholders = ["alert", "summary", "source"];

    public const string LabelPrefix = "label_";

    public string TitleOf(Alert alert)
    {
        var title = System.Text.RegularExpressions.Regex.Replace(Title, @"\{(\w+)\}", m => m.Groups[1].Value switch
        {
            "alert" => alert.Name,
            "summary" => alert.Summary,
            "source" => alert.Source,
            var name when name.StartsWith(LabelPrefix, StringComparison.Ordinal) => alert.Label(name[LabelPrefix.Length..]) ?? "",
            _ => m.Value,
        });
        title = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ':', '-');
        return title.Length == 0 ? alert.Name : title;
    }

    public IReadOnlyList<string> ServicesOf(Alert alert) =>
        ServicesFromLabel is { } label && alert.Label(label) is { Length: > 0 } service && !Services.Contains(service, StringComparer.OrdinalIgnoreCase)
            ? [.. Services, service]
            : Services;
}

/// <summary>
/// Which alerts a rule takes: every condition given must hold (sources, alert names, label and annotation values,
/// each one of the listed values, compared ignoring case); a rule with no conditions takes every alert.
/// </summary>
public sealed record AlertMatch(
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Alerts,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Labels,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Annotations)
{
    public static readonly AlertMatch Everything = new([], [], new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyList<string>>());

    public bool Matches(Alert alert) =>
        OneOf(Sources, alert.Source)
        && OneOf(Alerts, alert.Name)
        && Labels.All(l => OneOf(l.Value, alert.Label(l.Key)))
        && Annotations.All(a => OneOf(a.Value, alert.Annotation(a.Key)));

    private static bool OneOf(IReadOnlyList<string> allowed, string? value) =>
        allowed.Count == 0 || (value is not null && allowed.Contains(value, StringComparer.OrdinalIgnoreCase));
}
