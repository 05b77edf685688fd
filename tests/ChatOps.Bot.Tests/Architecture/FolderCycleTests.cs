namespace ChatOps.Bot.Tests.Architecture;

/// <summary>Folder arrows run one way: no two top-level folders of ChatOps.Bot (Slack, Teams, Outbound, Hosting...) use each other.</summary>
public sealed class FolderCycleTests
{
    [Fact]
    public void No_two_top_level_bot_folders_depend_on_each_other()
    {
        var arrows = BotAreas.Dependencies.Uses
            .Select(use => (From: BotAreas.FolderOf(use.User), To: BotAreas.FolderOf(use.Used), Use: use))
            .Where(arrow => arrow.From is not null && arrow.To is not null && arrow.From != arrow.To)
            .ToLookup(arrow => (From: arrow.From!, To: arrow.To!), arrow => arrow.Use);
        var cycles = arrows
            .Select(arrow => arrow.Key)
            .Where(key => string.CompareOrdinal(key.From, key.To) < 0 && arrows.Contains((key.To, key.From)))
            .OrderBy(key => key.From, StringComparer.Ordinal).ThenBy(key => key.To, StringComparer.Ordinal)
            .ToList();

        Assert.True(arrows.Count >= 3, $"Only {arrows.Count} arrows between bot folders were found; the reader sees too little.");
        Assert.True(cycles.Count == 0,
            "Top-level folders of ChatOps.Bot depend on each other both ways; one direction of each pair has to go:\n"
            + string.Join('\n', cycles.Select(cycle => Describe(cycle.From, cycle.To, arrows))));
    }

    private static string Describe(string one, string other, ILookup<(string From, string To), TypeUse> arrows) =>
        $"{one} <-> {other}\n"
        + $"  {one} -> {other}:\n{Violations.List(arrows[(one, other)], "    ")}\n"
        + $"  {other} -> {one}:\n{Violations.List(arrows[(other, one)], "    ")}";
}
