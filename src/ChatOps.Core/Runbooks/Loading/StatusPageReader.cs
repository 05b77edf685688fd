using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>status-page:</c> (title, components, templates) and checks each template's placeholders.</summary>
internal static class StatusPageReader
{
    private static readonly string[] Keys = ["title", "components", "templates"];
    private static readonly string[] ComponentKeys = ["key", "name", "description", "group", "statuspage-id"];
    private static readonly string[] TemplateKeys = ["update", "resolved"];
    private const string Example = "- { key: api, name: API, description: Public REST API, group: Platform }";

    public static StatusPagePolicy? Read(YamlMap root, LoadContext context)
    {
        var map = root.Map("status-page", required: false, Keys, $"status-page: {{ title: Example status, components: [ {Example} ] }}");
        if (map is null) return root.Has("status-page") ? null : StatusPagePolicy.None;
        var title = map.Text("title", required: true, "title: Example Inc. status")?.Trim();
        var list = map.List("components", required: true, $"components: [ {Example} ]");
        var components = new List<StatusComponent>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        var valid = title is not null && list is not null;
        if (list is { Children.Count: 0 })
        {
            context.Add(list, map.Field("components"), $"list at least one component, like {Example}");
            valid = false;
        }
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            var component = ReadComponent(list.Children[i], FieldPath.Item(map.Field("components"), i), seen, context);
            if (component is null) valid = false;
            else components.Add(component);
        }
        var templates = ReadTemplates(map, context);
        return valid && templates is not null ? new StatusPagePolicy(title!, components, templates) : null;
    }

    private static StatusComponent? ReadComponent(YamlNode node, string path, Dictionary<string, YamlNode> seen, LoadContext context)
    {
        var map = YamlMap.Read(node, path, context, ComponentKeys);
        if (map is null) return null;
        var key = map.Id("key", required: true, "key: api");
        if (key is not null && !seen.TryAdd(key, map.Value("key")!))
        {
            context.Add(map.Value("key")!, map.Field("key"), $"duplicate component '{key}' (first defined on line {seen[key].Start.Line}); component keys must be unique");
            key = null;
        }
        var name = map.Text("name", required: true, "name: API")?.Trim();
        var description = map.Text("description", required: false, "description: Public REST API")?.Trim() ?? "";
        var group = map.Text("group", required: false, "group: Platform")?.Trim();
        var statuspageId = map.Has("statuspage-id") ? map.Id("statuspage-id", required: true, "statuspage-id: 8kbf7d35c070") : null;
        if (key is null || name is null || (map.Has("statuspage-id") && statuspageId is null)) return null;
        return new StatusComponent(key, name, description, string.IsNullOrEmpty(group) ? null : group, statuspageId);
    }

    private static StatusPageTemplates? ReadTemplates(YamlMap map, LoadContext context)
    {
        var templates = map.Map("templates", required: false, TemplateKeys, "templates: { update: \"Issue: {message}\" }");
        if (templates is null) return map.Has("templates") ? null : StatusPageTemplates.Default;
        var update = templates.Has("update") ? ReadTemplate(templates, "update", "update: \"Issue: {message}\\nStatus: {status}\"", context) : StatusPageTemplates.Default.Update;
        var resolved = templates.Has("resolved") ? ReadTemplate(templates, "resolved", "resolved: \"This incident has been resolved. {message}\"", context) : StatusPageTemplates.Default.Resolved;
        return update is null || resolved is null ? null : new StatusPageTemplates(update, resolved);
    }

    private static string? ReadTemplate(YamlMap map, string key, string example, LoadContext context)
    {
        var text = map.Text(key, required: true, example);
        if (text is null || map.Value(key) is not YamlScalarNode node) return null;
        var valid = true;
        foreach (var placeholder in Placeholders.Locate(node, context.Text))
        {
            if (StatusPageTemplates.Placeholders.Contains(placeholder.Name)) continue;
            valid = false;
            context.Add(placeholder.Line, placeholder.Column, map.Field(key),
                $"unknown placeholder {{{placeholder.Name}}}; a public template may use only " +
                string.Join(", ", StatusPageTemplates.Placeholders.Order(StringComparer.Ordinal).Select(p => $"{{{p}}}")) +
                " (internal details such as the incident's title or number never go public)");
        }
        return valid ? text : null;
    }
}
