using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>checklists:</c>, a map from key (a triage category) to <c>{ title, steps }</c>.</summary>
internal static class ChecklistReader
{
    private static readonly string[] Keys = ["title", "steps"];

    /// <param name="declaredKeys">Every key written, including those whose checklist has errors, so references to them
    /// are not reported twice.</param>
    public static IReadOnlyDictionary<string, Checklist> ReadAll(YamlMap root, LoadContext context, out IReadOnlySet<string> declaredKeys)
    {
        var checklists = new Dictionary<string, Checklist>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal);
        declaredKeys = declared;
        var node = root.Value("checklists");
        if (node is null) return checklists;
        if (node is not YamlMappingNode mapping)
        {
            context.Add(node, root.Field("checklists"),
                $"expected a map of checklists by key, found {YamlScalars.Describe(node)}; write it like checklists: {{ api: {{ title: API issues, steps: [...] }} }}");
            return checklists;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key } || key.Any(char.IsWhiteSpace))
            {
                context.Add(keyNode, root.Field("checklists"),
                    $"a checklist key must be one word like api or rate-limiting, found {YamlScalars.Describe(keyNode)}");
                continue;
            }
            declared.Add(key);
            var checklist = Read(key, value, FieldPath.Child(root.Field("checklists"), key), context);
            if (checklist is not null) checklists[key] = checklist;
        }
        return checklists;
    }

    private static Checklist? Read(string key, YamlNode node, string path, LoadContext context)
    {
        var map = YamlMap.Read(node, path, context, Keys);
        if (map is null) return null;
        var title = map.Text("title", required: true, "title: API issues");
        var steps = map.TextList("steps", required: true, "steps: [Check application logs, Roll back]");
        if (steps is { Count: 0 })
        {
            context.Add(map.Value("steps")!, map.Field("steps"), "checklist has no steps; list at least one, e.g. steps: [Check application logs]");
            return null;
        }
        return title is null || steps is null ? null : new Checklist(key, title.Trim(), steps);
    }
}
