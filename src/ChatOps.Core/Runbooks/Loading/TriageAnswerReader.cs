using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads one triage answer and checks that it leads somewhere and names only existing checklists.</summary>
internal static class TriageAnswerReader
{
    private static readonly string[] Keys = ["id", "label", "next", "category", "checklist", "escalate", "guidance", "done"];

    /// <summary>A read answer with the nodes later checks need to point at.</summary>
    public sealed record Parsed(TriageAnswer Answer, YamlNode IdNode, YamlNode? NextNode, string Path);

    public static Parsed? Read(
        YamlNode node, string path, IReadOnlySet<string> checklistKeys, LoadContext context)
    {
        var map = YamlMap.Read(node, path, context, Keys);
        if (map is null) return null;

        var id = map.Id("id", required: true, "id: healthy");
        var label = map.Text("label", required: true, "label: Healthy");
        var next = map.Id("next", required: false, "next: webhooks");
        var category = ChecklistKey(map, "category", checklistKeys, context);
        var checklist = ChecklistKey(map, "checklist", checklistKeys, context);
        var escalate = map.Flag("escalate");
        var guidance = map.Text("guidance", required: false, "guidance: Proceed to mitigation")?.Trim();
        var done = map.Flag("done");

        if (done && map.Has("next"))
            context.Add(map.Value("next")!, map.Field("next"),
                "an answer with done: true ends triage, so it cannot also have next; remove one of them");
        var leadsSomewhere = map.Has("next") || map.Has("category") || map.Has("checklist") || escalate
            || !string.IsNullOrEmpty(guidance) || done;
        if (!leadsSomewhere)
            context.Add(map.Node, path,
                $"answer '{id}' leads nowhere; give it at least one of next, category, checklist, escalate: true, guidance or done: true");

        if (id is null || label is null) return null;
        if (done && string.IsNullOrEmpty(guidance)) guidance = RunbookDefaults.TriageComplete;
        var answer = new TriageAnswer(id, label.Trim(), next, category, checklist, escalate,
            string.IsNullOrEmpty(guidance) ? null : guidance, done);
        return new Parsed(answer, map.Value("id")!, map.Value("next"), path);
    }

    private static string? ChecklistKey(
        YamlMap map, string key, IReadOnlySet<string> checklistKeys, LoadContext context)
    {
        var value = map.Id(key, required: false, $"{key}: api");
        if (value is null || checklistKeys.Contains(value)) return value;
        context.Add(map.Value(key)!, map.Field(key),
            $"'{value}' is not a checklist; use one of: {TriageReader.Known(checklistKeys)} (or define it under checklists:)");
        return null;
    }
}
