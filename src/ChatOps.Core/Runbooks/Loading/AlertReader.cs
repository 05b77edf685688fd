using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>alerts:</c> (<c>regroup-within</c> and the <c>rules</c> that turn alerts into incidents).</summary>
internal static class AlertReader
{
    public static readonly IReadOnlyList<string> Sources = ["alertmanager", "grafana", "pagerduty", "sentry"];

    private static readonly string[] Keys = ["regroup-within", "rules"];
    private static readonly string[] RuleKeys = ["name", "match", "severity", "kind", "services", "services-from-label", "title", "declare"];
    private static readonly string[] MatchKeys = ["source", "alert", "labels", "annotations"];
    private const string RuleExample = "- { name: Critical alerts, match: { labels: { severity: critical } }, severity: P0, declare: auto }";

    public static AlertPolicy? Read(YamlMap root, IReadOnlyList<Severity> severities, IReadOnlyList<IncidentKind> kinds, LoadContext context)
    {
        var map = root.Map("alerts", required: false, Keys, $"alerts: {{ rules: [ {RuleExample} ] }}");
        if (map is null) return root.Has("alerts") ? null : AlertPolicy.None;
        var regroup = map.Has("regroup-within") ? map.Duration("regroup-within", required: true, "regroup-within: 30m") : AlertPolicy.DefaultRegroupWithin;
        var list = map.List("rules", required: true, $"rules: [ {RuleExample} ]");
        var rules = new List<AlertRule>();
        var valid = regroup is not null && list is not null;
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            var rule = ReadRule(list.Children[i], FieldPath.Item(map.Field("rules"), i), severities, kinds, context);
            if (rule is null) valid = false;
            else rules.Add(rule);
        }
        return valid ? new AlertPolicy(rules, regroup!.Value) : null;
    }

    private static AlertRule? ReadRule(YamlNode node, string path, IReadOnlyList<Severity> severities, IReadOnlyList<IncidentKind> kinds, LoadContext context)
    {
        var map = YamlMap.Read(node, path, context, RuleKeys);
        if (map is null) return null;
        var name = map.Text("name", required: true, "name: Critical alerts declare P0");
        var match = map.Has("match") ? ReadMatch(map, context) : AlertMatch.Everything;
        var severity = map.Text("severity", required: true, "severity: P0")?.Trim();
        if (severity is not null && !severities.Any(s => string.Equals(s.Key, severity, StringComparison.OrdinalIgnoreCase)))
        {
            context.Add(map.Value("severity")!, map.Field("severity"),
                $"unknown severity '{severity}'; this runbook's severities are {string.Join(", ", severities.Select(s => s.Key))}");
            severity = null;
        }
        var kind = map.Text("kind", required: false, "kind: data-leak")?.Trim();
        var kindValid = kind is null || kinds.Any(k => string.Equals(k.Key, kind, StringComparison.OrdinalIgnoreCase));
        if (!kindValid)
            context.Add(map.Value("kind")!, map.Field("kind"),
                $"unknown kind '{kind}'; this runbook's kinds are {(kinds.Count == 0 ? "(none)" : string.Join(", ", kinds.Select(k => k.Key)))}");
        var services = map.TextList("services", required: false, "services: [API, Checkout]") ?? [];
        var fromLabel = map.Text("services-from-label", required: false, "services-from-label: service")?.Trim();
        var title = ReadTitle(map, context);
        var declare = ReadDeclare(map, context);
        if (name is null || match is null || severity is null || !kindValid || title is null || declare is null) return null;
        var severityKey = severities.First(s => string.Equals(s.Key, severity, StringComparison.OrdinalIgnoreCase)).Key;
        return new AlertRule(name.Trim(), match, severityKey, kind, services, string.IsNullOrEmpty(fromLabel) ? null : fromLabel, title, declare.Value);
    }

    private static AlertMatch? ReadMatch(YamlMap rule, LoadContext context)
    {
        var map = rule.Map("match", required: true, MatchKeys, "match: { labels: { severity: critical } }");
        if (map is null) return null;
        var sources = OneOrMany(map, "source", "source: alertmanager", context);
        foreach (var source in sources ?? [])
            if (!Sources.Contains(source, StringComparer.OrdinalIgnoreCase))
            {
                context.Add(map.Value("source")!, map.Field("source"), $"unknown alert source '{source}'; the sources are {string.Join(", ", Sources)}");
                sources = null;
            }
        var alerts = OneOrMany(map, "alert", "alert: HighErrorRate", context);
        var labels = Pairs(map, "labels", "labels: { severity: critical }", context);
        var annotations = Pairs(map, "annotations", "annotations: { team: payments }", context);
        if (sources is null || alerts is null || labels is null || annotations is null) return null;
        return new AlertMatch(sources, alerts, labels, annotations);
    }

    /// <summary>One text or a list of texts; empty when absent, null when wrong.</summary>
    private static IReadOnlyList<string>? OneOrMany(YamlMap map, string key, string example, LoadContext context) =>
        map.Value(key) switch
        {
            null => [],
            YamlSequenceNode => map.TextList(key, required: true, example) is { Count: > 0 } list ? list : Empty(map, key, example, context),
            _ => map.Text(key, required: true, example)?.Trim() is { Length: > 0 } text ? [text] : null,
        };

    private static IReadOnlyList<string>? Empty(YamlMap map, string key, string example, LoadContext context)
    {
        context.Add(map.Value(key)!, map.Field(key), $"an empty list matches nothing; leave '{key}' out or write it like {example}");
        return null;
    }

    /// <summary>A mapping of names to one text or a list of texts (label values); empty when absent, null when wrong.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>>? Pairs(YamlMap map, string key, string example, LoadContext context)
    {
        if (map.Value(key) is not { } node) return new Dictionary<string, IReadOnlyList<string>>();
        if (node is not YamlMappingNode pairs)
        {
            context.Add(node, map.Field(key), $"expected name: value lines, found {YamlScalars.Describe(node)}; write it like {example}");
            return null;
        }
        var names = pairs.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();
        var inner = YamlMap.Read(pairs, map.Field(key), context, names);
        if (inner is null || names.Count != pairs.Children.Count) return null;
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var values = OneOrMany(inner, name, $"{name}: value", context);
            if (values is null) return null;
            if (values.Count == 0)
            {
                context.Add(inner.Node, inner.Field(name), $"'{name}' has no value; write it like {name}: critical");
                return null;
            }
            result[name] = values;
        }
        return result;
    }

    private static string? ReadTitle(YamlMap map, LoadContext context)
    {
        var title = map.Text("title", required: false, $"title: \"{AlertRule.DefaultTitle}\"");
        if (title is null) return map.Has("title") ? null : AlertRule.DefaultTitle;
        var node = (YamlScalarNode)map.Value("title")!;
        var valid = true;
        foreach (var found in Placeholders.Locate(node, context.Text))
        {
            if (AlertRule.TitlePlaceholders.Contains(found.Name) || (found.Name.StartsWith(AlertRule.LabelPrefix, StringComparison.Ordinal) && found.Name.Length > AlertRule.LabelPrefix.Length))
                continue;
            context.Add(found.Line, found.Column, map.Field("title"),
                $"unknown placeholder {{{found.Name}}}; a title may use {string.Join(", ", AlertRule.TitlePlaceholders.Select(p => $"{{{p}}}"))} and {{label_NAME}} for a label's value");
            valid = false;
        }
        return valid ? title.Trim() : null;
    }

    private static AlertDeclare? ReadDeclare(YamlMap map, LoadContext context)
    {
        var text = map.Text("declare", required: true, "declare: auto")?.Trim();
        if (text is null) return null;
        if (string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase)) return AlertDeclare.Auto;
        if (string.Equals(text, "suggest", StringComparison.OrdinalIgnoreCase)) return AlertDeclare.Suggest;
        context.Add(map.Value("declare")!, map.Field("declare"),
            $"'{YamlScalars.Shorten(text)}' is not a way to declare; write declare: auto (declare at once) or declare: suggest (post a card to accept or dismiss)");
        return null;
    }
}
