using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>kinds:</c>, each with its privacy, extra invitees and deadline clocks.</summary>
internal static class KindReader
{
    private static readonly string[] Keys = ["key", "name", "description", "private", "invite", "deadlines"];

    public static IReadOnlyList<IncidentKind> ReadAll(YamlMap root, LoadContext context)
    {
        var list = root.List("kinds", required: false, "kinds: [ { key: data-leak, name: Suspected data leak, private: true } ]");
        if (list is null) return [];

        var kinds = new List<IncidentKind>();
        var seenKeys = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var map = YamlMap.Read(list.Children[i], FieldPath.Item(root.Field("kinds"), i), context, Keys);
            if (map is null) continue;

            var key = map.Id("key", required: true, "key: data-leak");
            if (key is not null && !seenKeys.TryAdd(key, map.Value("key")!))
                context.Add(map.Value("key")!, map.Field("key"),
                    $"duplicate kind key '{key}' (first defined on line {seenKeys[key].Start.Line}); kind keys must be unique, ignoring case");
            var name = map.Text("name", required: true, "name: Suspected data leak");
            var description = map.Text("description", required: false, "description: Cross-tenant access to customer data") ?? "";
            var isPrivate = map.Flag("private");
            var invite = map.TextList("invite", required: false, "invite: [security-lead]") ?? [];
            var deadlines = DeadlineReader.ReadAll(map, context);
            if (key is not null && name is not null)
                kinds.Add(new IncidentKind(key, name.Trim(), description.Trim(), isPrivate, invite, deadlines));
        }
        return kinds;
    }
}
