using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>pagers:</c>, and the <c>page:</c> lists of severities and escalation tiers that name them.</summary>
internal static partial class PagerReader
{
    private static readonly string[] Keys = ["name", "pagerduty", "opsgenie"];
    private const string Example = "pagers: [ { name: primary, pagerduty: { routing-key-env: PAGERDUTY_ROUTING_KEY } } ]";

    public static IReadOnlyList<Pager> ReadAll(YamlMap root, LoadContext context)
    {
        var list = root.List("pagers", required: false, Example);
        if (list is null) return [];
        var pagers = new List<Pager>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var map = YamlMap.Read(list.Children[i], FieldPath.Item(root.Field("pagers"), i), context, Keys);
            if (map is null) continue;
            var name = map.Id("name", required: true, "name: primary");
            if (name is not null && !seen.TryAdd(name, map.Value("name")!))
                context.Add(map.Value("name")!, map.Field("name"), $"duplicate pager '{name}' (first defined on line {seen[name].Start.Line}); pager names must be unique");
            var pager = (map.Has("pagerduty"), map.Has("opsgenie")) switch
            {
                (true, false) => PagerDuty(map, name, context),
                (false, true) => Opsgenie(map, name, context),
                _ => Neither(map, context),
            };
            if (pager is not null) pagers.Add(pager);
        }
        return pagers;
    }

    /// <summary>A <c>page:</c> list: pager names this runbook defines; empty when absent.</summary>
    public static IReadOnlyList<string> ReadPage(YamlMap map, IReadOnlyList<Pager> pagers, LoadContext context)
    {
        var names = map.TextList("page", required: false, "page: [primary]");
        if (names is null) return [];
        var known = new List<string>();
        foreach (var name in names)
        {
            var pager = pagers.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (pager is not null) known.Add(pager.Name);
            else
                context.Add(map.Value("page")!, map.Field("page"), pagers.Count == 0
                    ? $"no pager '{name}': this runbook defines no pagers; add one under pagers:, e.g. {Example}"
                    : $"no pager '{name}'; this runbook's pagers are {string.Join(", ", pagers.Select(p => p.Name))}");
        }
        return known;
    }

    private static Pager? PagerDuty(YamlMap map, string? name, LoadContext context)
    {
        var service = map.Map("pagerduty", required: true, ["routing-key-env"], "pagerduty: { routing-key-env: PAGERDUTY_ROUTING_KEY }");
        var variable = service?.Text("routing-key-env", required: true, "routing-key-env: PAGERDUTY_ROUTING_KEY")?.Trim();
        if (variable is not null && !VariableName().IsMatch(variable))
        {
            context.Add(service!.Value("routing-key-env")!, service.Field("routing-key-env"),
                "routing-key-env names the environment variable that holds the routing key (letters, digits and _, like PAGERDUTY_ROUTING_KEY), never the key itself");
            variable = null;
        }
        return name is null || variable is null ? null : new Pager(name, PagerService.PagerDuty, variable, []);
    }

    private static Pager? Opsgenie(YamlMap map, string? name, LoadContext context)
    {
        var service = map.Map("opsgenie", required: true, ["team", "responders"], "opsgenie: { team: platform }");
        if (service is null) return null;
        var responders = new List<PagerResponder>();
        if (service.Text("team", required: false, "team: platform")?.Trim() is { Length: > 0 } team) responders.Add(new PagerResponder("team", team));
        var valid = true;
        foreach (var entry in service.TextList("responders", required: false, "responders: [team:platform, user:alice@example.com]") ?? [])
        {
            var parts = entry.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && PagerResponder.Types.Contains(parts[0]) && parts[1].Length > 0) responders.Add(new PagerResponder(parts[0], parts[1]));
            else
            {
                context.Add(service.Value("responders")!, service.Field("responders"),
                    $"'{YamlScalars.Shorten(entry)}' is not a responder; write type:name with type one of {string.Join(", ", PagerResponder.Types)}, like team:platform or user:alice@example.com");
                valid = false;
            }
        }
        if (responders.Count == 0 && valid)
        {
            context.Add(service.Node, service.Path, "an Opsgenie pager needs whom to page: team: platform, or responders: [user:alice@example.com]");
            valid = false;
        }
        return name is null || !valid ? null : new Pager(name, PagerService.Opsgenie, null, responders);
    }

    private static Pager? Neither(YamlMap map, LoadContext context)
    {
        context.Add(map.Node, map.Path, "a pager is either pagerduty: { routing-key-env: NAME } or opsgenie: { team: NAME }; give exactly one");
        return null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
