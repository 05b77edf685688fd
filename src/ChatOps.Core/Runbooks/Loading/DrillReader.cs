using ChatOps.Core.Drills;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>
/// Reads <c>drills:</c>: the <c>scenarios</c> (each with its severity, kind, injects, phase targets and checklist) and
/// the optional <c>schedule</c> (one, or a list: a cron expression, an owner and a rotation of scenarios).
/// </summary>
internal static class DrillReader
{
    private static readonly string[] Keys = ["scenarios", "schedule"];
    private static readonly string[] ScenarioKeys = ["id", "name", "description", "severity", "kind", "announce", "injects", "targets", "checklist"];
    private static readonly string[] InjectKeys = ["text", "after", "on"];
    private static readonly string[] TargetKeys = [.. DrillPhases.All.Select(DrillPhases.TargetKey), "rto"];
    private static readonly string[] ScheduleKeys = ["name", "cron", "owner", "rotation"];

    public static DrillPolicy? Read(YamlMap root, IReadOnlyList<Severity> severities, IReadOnlyList<IncidentKind> kinds, LoadContext context)
    {
        var map = root.Map("drills", required: false, Keys, "drills: { scenarios: [ { id: webhook-5xx, name: Webhooks return 5xx, severity: P1 } ] }");
        if (map is null) return root.Has("drills") ? null : DrillPolicy.None;
        var scenarios = ReadScenarios(map, severities, kinds, context, out var declared);
        var schedules = ReadSchedules(map, declared, context);
        return new DrillPolicy(scenarios, schedules);
    }

    /// <param name="declared">Every scenario id written, including those of scenarios with errors, so a rotation naming one is not reported twice.</param>
    private static List<DrillScenario> ReadScenarios(YamlMap drills, IReadOnlyList<Severity> severities, IReadOnlyList<IncidentKind> kinds, LoadContext context, out List<string> declared)
    {
        declared = [];
        var list = drills.List("scenarios", required: true, "scenarios: [ { id: webhook-5xx, name: Webhooks return 5xx, severity: P1 } ]");
        var scenarios = new List<DrillScenario>();
        if (list is null) return scenarios;
        var seen = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var map = YamlMap.Read(list.Children[i], FieldPath.Item(drills.Field("scenarios"), i), context, ScenarioKeys);
            if (map is null) continue;
            var id = map.Id("id", required: true, "id: webhook-5xx");
            if (id is not null) declared.Add(id);
            if (id is not null && !seen.TryAdd(id, map.Value("id")!))
                context.Add(map.Value("id")!, map.Field("id"),
                    $"duplicate scenario id '{id}' (first on line {seen[id].Start.Line}); /incident drill start names a scenario by its id, so give each its own");
            var name = map.Text("name", required: true, "name: Stripe webhook ingress goes 5xx");
            var description = map.Text("description", required: false, "description: What is broken and how") ?? "";
            var severity = ReadSeverity(map, severities, context);
            var kind = ReadKind(map, kinds, context);
            var announce = map.Flag("announce");
            var injects = ReadInjects(map, context);
            var targets = ReadTargets(map, context);
            var checklist = map.TextList("checklist", required: false, "checklist: [Pick the scenario, Time each phase]") ?? [];
            if (id is not null && name is not null && severity is not null && injects is not null && targets is not null && (kind is not null || !map.Has("kind")))
                scenarios.Add(new DrillScenario(id, name.Trim(), description.Trim(), severity, kind, injects, targets, checklist, announce));
        }
        return scenarios;
    }

    private static string? ReadSeverity(YamlMap map, IReadOnlyList<Severity> severities, LoadContext context)
    {
        var key = map.Text("severity", required: true, "severity: P1")?.Trim();
        if (key is null) return null;
        if (severities.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase)) is { } found) return found.Key;
        if (severities.Count > 0)
            context.Add(map.Value("severity")!, map.Field("severity"),
                $"unknown severity '{YamlScalars.Shorten(key)}'; use one of {string.Join(", ", severities.Select(s => s.Key))}");
        return null;
    }

    private static string? ReadKind(YamlMap map, IReadOnlyList<IncidentKind> kinds, LoadContext context)
    {
        var key = map.Text("kind", required: false, "kind: data-leak")?.Trim();
        if (key is null) return null;
        if (kinds.FirstOrDefault(k => string.Equals(k.Key, key, StringComparison.OrdinalIgnoreCase)) is { } found) return found.Key;
        context.Add(map.Value("kind")!, map.Field("kind"),
            $"unknown kind '{YamlScalars.Shorten(key)}'; use one of the runbook's kinds ({(kinds.Count == 0 ? "it defines none" : string.Join(", ", kinds.Select(k => k.Key)))}) or leave kind out");
        return null;
    }

    private static List<DrillInject>? ReadInjects(YamlMap scenario, LoadContext context)
    {
        var list = scenario.List("injects", required: false, "injects: [ { text: The probe flips red }, { after: 5m, text: Customers report failed payments } ]");
        if (list is null) return scenario.Has("injects") ? null : [];
        var injects = new List<DrillInject>();
        var valid = true;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var path = FieldPath.Item(scenario.Field("injects"), i);
            if (list.Children[i] is YamlScalarNode { Value: { Length: > 0 } plain })
            {
                injects.Add(new DrillInject(plain.Trim()));
                continue;
            }
            var map = YamlMap.Read(list.Children[i], path, context, InjectKeys);
            if (map is null)
            {
                valid = false;
                continue;
            }
            var text = map.Text("text", required: true, "text: The upptime probe flips red");
            var after = map.Has("after") ? map.Duration("after", required: false, "after: 3m") : null;
            DrillPhase? on = null;
            if (map.Text("on", required: false, "on: acknowledged") is { } phaseText)
            {
                on = DrillPhases.Read(phaseText);
                if (on is null)
                    context.Add(map.Value("on")!, map.Field("on"), $"'{YamlScalars.Shorten(phaseText)}' is not a phase; use one of {DrillPhases.MarkKeys.Replace("|", ", ", StringComparison.Ordinal)}");
            }
            if (map.Has("after") && map.Has("on"))
                context.Add(map.Value("on")!, map.Field("on"), "an inject comes either after a time or on a phase, not both; keep one of after: and on:");
            if (text is null || (map.Has("after") && after is null) || (map.Has("on") && on is null) || (map.Has("after") && map.Has("on")))
            {
                valid = false;
                continue;
            }
            injects.Add(new DrillInject(text.Trim(), after, on));
        }
        return valid ? injects : null;
    }

    private static DrillTargets? ReadTargets(YamlMap scenario, LoadContext context)
    {
        var map = scenario.Map("targets", required: false, TargetKeys, "targets: { detect: 5m, mitigate: 15m, post-mortem: 24h }");
        if (map is null) return scenario.Has("targets") ? null : DrillTargets.None;
        var phases = new Dictionary<DrillPhase, TimeSpan>();
        var valid = true;
        foreach (var phase in DrillPhases.All)
        {
            var key = DrillPhases.TargetKey(phase);
            if (!map.Has(key)) continue;
            if (map.Duration(key, required: false, $"{key}: 15m") is { } within) phases[phase] = within;
            else valid = false;
        }
        TimeSpan? rto = null;
        if (map.Has("rto"))
        {
            rto = map.Duration("rto", required: false, "rto: 4h");
            valid &= rto is not null;
        }
        return valid ? new DrillTargets(phases, rto) : null;
    }

    private static List<DrillSchedule> ReadSchedules(YamlMap drills, IReadOnlyList<string> scenarios, LoadContext context)
    {
        var schedules = new List<DrillSchedule>();
        var node = drills.Value("schedule");
        if (node is null) return schedules;
        var items = node is YamlSequenceNode sequence ? sequence.Children.Select((n, i) => (n, FieldPath.Item(drills.Field("schedule"), i))).ToList() : [(node, drills.Field("schedule"))];
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (item, path) in items)
        {
            var map = YamlMap.Read(item, path, context, ScheduleKeys);
            if (map is null) continue;
            var name = map.Text("name", required: items.Count > 1, "name: quarterly tabletop")?.Trim() ?? "drills";
            if (!names.Add(name))
                context.Add(map.Value("name") ?? map.Node, map.Field("name"), $"two schedules are named '{name}'; give each its own name");
            var cron = ReadCron(map, context);
            var owner = map.Text("owner", required: true, "owner: founder")?.Trim().TrimStart('@');
            var rotation = ReadRotation(map, scenarios, context);
            if (cron is not null && owner is { Length: > 0 } && rotation is not null)
                schedules.Add(new DrillSchedule(name, cron, owner, rotation));
        }
        return schedules;
    }

    private static string? ReadCron(YamlMap map, LoadContext context)
    {
        var cron = map.Text("cron", required: true, "cron: \"0 10 * 1,4,7,10 THU#1\" (10:00 UTC on the first Thursday of each quarter)")?.Trim();
        if (cron is null) return null;
        if (DrillSchedule.Problem(cron) is not { } problem) return cron;
        context.Add(map.Value("cron")!, map.Field("cron"),
            $"'{YamlScalars.Shorten(cron)}' is not a cron expression ({problem}); write five fields, minute hour day-of-month month day-of-week, in UTC, e.g. \"0 10 * 1,4,7,10 THU#1\" for 10:00 on the first Thursday of each quarter");
        return null;
    }

    /// <summary>The scenario ids taken in turn; every scenario in runbook order when left out.</summary>
    private static List<string>? ReadRotation(YamlMap map, IReadOnlyList<string> scenarios, LoadContext context)
    {
        var ids = map.TextList("rotation", required: false, "rotation: [webhook-5xx, database-down, data-leak]");
        if (ids is null)
        {
            if (map.Has("rotation")) return null;
            if (scenarios.Count > 0) return scenarios.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            context.Add(map.Node, map.Path, "there are no scenarios to rotate through; define drills.scenarios first");
            return null;
        }
        if (ids.Count == 0)
        {
            context.Add(map.Value("rotation")!, map.Field("rotation"), "names no scenario; list scenario ids, or leave rotation out to take every scenario in turn");
            return null;
        }
        var sequence = (YamlSequenceNode)map.Value("rotation")!;
        var known = new List<string>();
        for (var i = 0; i < ids.Count && i < sequence.Children.Count; i++)
        {
            if (scenarios.FirstOrDefault(s => string.Equals(s, ids[i], StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                known.Add(found);
                continue;
            }
            var guess = Suggestions.Closest(ids[i], scenarios);
            context.Add(sequence.Children[i], FieldPath.Item(map.Field("rotation"), i),
                $"unknown scenario '{YamlScalars.Shorten(ids[i])}'{(guess is null ? "" : $"; did you mean '{guess}'?")}; the scenarios are {(scenarios.Count == 0 ? "(none)" : string.Join(", ", scenarios))}");
        }
        return known.Count == ids.Count ? known : null;
    }
}
