namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>postmortem:</c>; each key left out takes its value from <see cref="RunbookDefaults"/>.</summary>
internal static class PostMortemReader
{
    private static readonly string[] Keys = ["due-after", "sections"];

    public static PostMortemPolicy? Read(YamlMap root, LoadContext context)
    {
        var map = root.Map("postmortem", required: false, Keys, "postmortem: { due-after: 48h }");
        if (map is null)
        {
            return root.Has("postmortem")
                ? null
                : new PostMortemPolicy(RunbookDefaults.PostMortemDueAfter, RunbookDefaults.PostMortemSections);
        }

        var dueAfter = map.Has("due-after")
            ? map.Duration("due-after", required: true, "due-after: 48h")
            : RunbookDefaults.PostMortemDueAfter;
        var sections = map.TextList("sections", required: false, "sections: [Root cause, Action items]");
        if (sections is { Count: 0 })
        {
            context.Add(map.Value("sections")!, map.Field("sections"),
                "no sections; list at least one, or leave sections out to get the default ones");
            return null;
        }
        return dueAfter is null ? null : new PostMortemPolicy(dueAfter.Value, sections ?? RunbookDefaults.PostMortemSections);
    }
}
