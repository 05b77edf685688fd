namespace ChatOps.Bot.Tests.Architecture;

/// <summary>Failure messages: one line per user -> used pair, with the first place it happens and how many more there are.</summary>
public static class Violations
{
    public static string List(IEnumerable<TypeUse> uses, string indent = "  ") => string.Join('\n',
        uses.GroupBy(use => (use.User, use.Used))
            .OrderBy(pair => TypeNames.Full(pair.Key.User), StringComparer.Ordinal)
            .ThenBy(pair => TypeNames.Full(pair.Key.Used), StringComparer.Ordinal)
            .Select(pair => Line(indent, pair.ToList())));

    public static void AssertNone(IReadOnlyCollection<TypeUse> uses, string rule) =>
        Assert.True(uses.Count == 0, $"{rule}; these types break it (user -> used, where):\n{List(uses)}");

    private static string Line(string indent, IReadOnlyList<TypeUse> sites)
    {
        var first = sites.OrderBy(use => use.Kind).ThenBy(use => use.Site, StringComparer.Ordinal).First();
        var more = sites.Count > 1 ? $", {sites.Count - 1} more" : "";
        return $"{indent}{TypeNames.Full(first.User)} -> {TypeNames.Full(first.Used)}   ({first.Kind} in {first.Site}{more})";
    }
}
