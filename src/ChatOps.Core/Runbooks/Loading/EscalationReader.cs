namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads a severity's <c>escalation:</c> tiers.</summary>
internal static class EscalationReader
{
    private static readonly string[] Keys = ["name", "after", "people", "page"];

    /// <param name="respondWithin">Tier 1's delay when it gives no <c>after</c>.</param>
    public static IReadOnlyList<EscalationTier> ReadAll(YamlMap severity, TimeSpan? respondWithin, IReadOnlyList<Pager> pagers, LoadContext context)
    {
        var list = severity.List("escalation", required: false, "escalation: [ { after: 15m, people: [engineering-lead] } ]");
        if (list is null) return [];

        var tiers = new List<EscalationTier>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var map = YamlMap.Read(list.Children[i], FieldPath.Item(severity.Field("escalation"), i), context, Keys);
            if (map is null) continue;

            var name = map.Text("name", required: false, "name: Critical escalation");
            var after = i == 0 && !map.Has("after")
                ? respondWithin ?? TimeSpan.Zero
                : ReadLaterAfter(map, i, context);
            var people = ReadPeople(map, context);
            var page = PagerReader.ReadPage(map, pagers, context);
            if (after is null || people is null) continue;
            tiers.Add(new EscalationTier(string.IsNullOrWhiteSpace(name) ? $"Tier {i + 1}" : name.Trim(), after.Value, people) { Page = page });
        }
        return tiers;
    }

    private static TimeSpan? ReadLaterAfter(YamlMap map, int index, LoadContext context)
    {
        if (map.Has("after")) return map.Duration("after", required: true, "after: 15m");
        context.Add(map.Node, map.Field("after"),
            $"tier {index + 1} needs 'after': how long after the previous escalation it fires, e.g. after: 15m " +
            "(only the first tier may leave it out, and then fires at the severity's respond-within)");
        return null;
    }

    private static IReadOnlyList<string>? ReadPeople(YamlMap map, LoadContext context)
    {
        const string Example = "people: [engineering-lead]";
        if (!map.Has("people"))
        {
            context.Add(map.Node, map.Field("people"), $"escalation tier has no people; add who to page, e.g. {Example}");
            return null;
        }
        var people = map.TextList("people", required: true, Example);
        if (people is { Count: 0 })
        {
            context.Add(map.Value("people")!, map.Field("people"), $"escalation tier has no people; add who to page, e.g. {Example}");
            return null;
        }
        return people;
    }
}
