using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>severities:</c>, each with its clocks, invitees and escalation chain.</summary>
internal static class SeverityReader
{
    private static readonly string[] Keys =
    [
        "key", "name", "description", "respond-within", "resolve-within", "update-every", "private", "invite", "escalation", "page",
    ];

    public static IReadOnlyList<Severity> ReadAll(YamlMap root, IReadOnlyList<Pager> pagers, LoadContext context)
    {
        var list = root.List("severities", required: true, "severities: [ { key: P1, name: High, ... } ]");
        if (list is null) return [];
        if (list.Children.Count == 0)
        {
            context.Add(list, root.Field("severities"),
                "no severities; define at least one, e.g. - key: P1 with name, respond-within, resolve-within and update-every");
            return [];
        }

        var severities = new List<Severity>();
        var seenKeys = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var severity = Read(list.Children[i], FieldPath.Item(root.Field("severities"), i), pagers, context, seenKeys);
            if (severity is not null) severities.Add(severity);
        }
        return severities;
    }

    private static Severity? Read(YamlNode node, string path, IReadOnlyList<Pager> pagers, LoadContext context, Dictionary<string, YamlNode> seenKeys)
    {
        var map = YamlMap.Read(node, path, context, Keys);
        if (map is null) return null;

        var key = map.Id("key", required: true, "key: P1");
        if (key is not null && !seenKeys.TryAdd(key, map.Value("key")!))
            context.Add(map.Value("key")!, map.Field("key"),
                $"duplicate severity key '{key}' (first defined on line {seenKeys[key].Start.Line}); severity keys must be unique, ignoring case");

        var name = map.Text("name", required: true, "name: High");
        var description = map.Text("description", required: false, "description: Major functionality impaired") ?? "";
        var respondWithin = map.Duration("respond-within", required: true, "respond-within: 15m");
        var resolveWithin = map.Duration("resolve-within", required: true, "resolve-within: 2h");
        var updateEvery = map.Duration("update-every", required: true, "update-every: 30m");
        var isPrivate = map.Flag("private");
        var invite = map.TextList("invite", required: false, "invite: [oncall-engineer]") ?? [];
        var escalation = EscalationReader.ReadAll(map, respondWithin, pagers, context);
        var page = PagerReader.ReadPage(map, pagers, context);

        if (key is null || name is null || respondWithin is null || resolveWithin is null || updateEvery is null)
            return null;
        return new Severity(key, name.Trim(), description.Trim(), respondWithin.Value, resolveWithin.Value, updateEvery.Value,
            invite, escalation, isPrivate) { Page = page };
    }
}
