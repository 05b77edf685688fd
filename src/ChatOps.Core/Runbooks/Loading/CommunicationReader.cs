using ChatOps.Core.Communications;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>
/// Reads <c>communications:</c> (the notify matrix, when to remind, the triggers and the message templates) and, with
/// its templates, <c>audiences:</c>; every audience and severity named must exist.
/// </summary>
internal static class CommunicationReader
{
    private static readonly string[] Keys = ["notify", "notify-within", "remind-every", "triggers", "templates"];
    private static readonly string[] TriggerKeys = ["name", "description", "after", "severities", "require"];
    private static readonly string[] RequireKeys = ["notify", "status-page"];
    private static readonly string[] TemplateKeys = ["chat", "subject", "body"];
    private const string TriggerExample = "- { name: long-outage, after: 30m, severities: [P0, P1], require: { notify: [customers] } }";

    public static (CommunicationPolicy? Policy, IReadOnlyList<CommsAudience> Audiences) Read(YamlMap root, IReadOnlyList<Severity> severities, LoadContext context)
    {
        var map = root.Map("communications", required: false, Keys, "communications: { notify: { P0: [customers] } }");
        var templates = ReadTemplates(map, context);
        var audiences = AudienceReader.ReadAll(root, templates ?? CommunicationPolicy.None.Templates, context);
        if (map is null) return (root.Has("communications") ? null : CommunicationPolicy.None, audiences);

        var within = map.Has("notify-within") ? map.Duration("notify-within", required: true, "notify-within: 15m") : CommunicationPolicy.DefaultNotifyWithin;
        var every = map.Has("remind-every") ? map.Duration("remind-every", required: true, "remind-every: 15m") : CommunicationPolicy.DefaultRemindEvery;
        var notify = ReadNotify(map, severities, audiences, context);
        var triggers = ReadTriggers(map, severities, audiences, root.Has("status-page"), context);
        if (within is null || every is null || notify is null || triggers is null || templates is null) return (null, audiences);
        return (new CommunicationPolicy(notify, within.Value, every.Value, triggers, templates), audiences);
    }

    private static Dictionary<string, CommsTemplate>? ReadTemplates(YamlMap? map, LoadContext context)
    {
        var templates = new Dictionary<string, CommsTemplate>(CommunicationPolicy.None.Templates, StringComparer.OrdinalIgnoreCase);
        if (map?.Value("templates") is not { } node) return templates;
        if (node is not YamlMappingNode pairs)
        {
            context.Add(node, map.Field("templates"), "expected name: { chat, subject, body } lines, like templates: { customer-email: { chat: ..., subject: ..., body: ... } }");
            return null;
        }
        var valid = true;
        foreach (var (keyNode, value) in pairs.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim() ?? "";
            var path = FieldPath.Child(map.Field("templates"), key);
            var template = YamlMap.Read(value, path, context, TemplateKeys);
            var chat = template is null ? null : ReadText(template, "chat", "chat: \"Service update: {message}\"", context);
            var subject = template is null ? null : ReadText(template, "subject", "subject: \"Service update: {services}\"", context);
            var body = template is null ? null : ReadText(template, "body", "body: \"Dear Customer, {message}\"", context);
            if (key.Length == 0 || chat is null || subject is null || body is null)
            {
                valid = false;
                continue;
            }
            templates[key] = new CommsTemplate(key, chat, subject, body);
        }
        return valid ? templates : null;
    }

    private static string? ReadText(YamlMap map, string key, string example, LoadContext context)
    {
        var text = map.Text(key, required: true, example);
        if (text is null || map.Value(key) is not YamlScalarNode node) return null;
        var valid = true;
        foreach (var placeholder in Placeholders.Locate(node, context.Text))
        {
            if (CommsTemplate.Placeholders.Contains(placeholder.Name)) continue;
            valid = false;
            context.Add(placeholder.Line, placeholder.Column, map.Field(key),
                $"unknown placeholder {{{placeholder.Name}}}; allowed placeholders are: " +
                string.Join(", ", CommsTemplate.Placeholders.Order(StringComparer.Ordinal).Select(p => $"{{{p}}}")));
        }
        return valid ? text : null;
    }

    /// <summary><c>notify: { P0: [customers, brokers], P1: [affected-users] }</c>.</summary>
    private static Dictionary<string, IReadOnlyList<string>>? ReadNotify(YamlMap map, IReadOnlyList<Severity> severities, IReadOnlyList<CommsAudience> audiences, LoadContext context)
    {
        var notify = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        if (map.Value("notify") is not { } node) return notify;
        if (node is not YamlMappingNode pairs)
        {
            context.Add(node, map.Field("notify"), "expected SEVERITY: [audience, ...] lines, like notify: { P0: [customers, brokers], P2: [internal] }");
            return null;
        }
        var valid = true;
        foreach (var (keyNode, value) in pairs.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim() ?? "";
            var path = FieldPath.Child(map.Field("notify"), key);
            var severity = severities.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));
            if (severity is null)
            {
                context.Add(keyNode, path, $"no severity '{YamlScalars.Shorten(key)}'; this runbook's severities are {string.Join(", ", severities.Select(s => s.Key))}");
                valid = false;
                continue;
            }
            var keys = AudienceKeys(value, path, audiences, context);
            if (keys is null) valid = false;
            else notify[severity.Key] = keys;
        }
        return valid ? notify : null;
    }

    private static List<CommunicationTrigger>? ReadTriggers(YamlMap map, IReadOnlyList<Severity> severities, IReadOnlyList<CommsAudience> audiences, bool hasStatusPage, LoadContext context)
    {
        var list = map.List("triggers", required: false, $"triggers: [ {TriggerExample} ]");
        if (list is null) return map.Has("triggers") ? null : [];
        var triggers = new List<CommunicationTrigger>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        var valid = true;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var trigger = ReadTrigger(list.Children[i], FieldPath.Item(map.Field("triggers"), i), severities, audiences, seen, hasStatusPage, context);
            if (trigger is null) valid = false;
            else triggers.Add(trigger);
        }
        return valid ? triggers : null;
    }

    private static CommunicationTrigger? ReadTrigger(YamlNode node, string path, IReadOnlyList<Severity> severities, IReadOnlyList<CommsAudience> audiences,
        Dictionary<string, YamlNode> seen, bool hasStatusPage, LoadContext context)
    {
        var map = YamlMap.Read(node, path, context, TriggerKeys);
        if (map is null) return null;
        var name = map.Id("name", required: true, "name: long-outage");
        if (name is not null && !seen.TryAdd(name, map.Value("name")!))
        {
            context.Add(map.Value("name")!, map.Field("name"), $"duplicate trigger '{name}' (first defined on line {seen[name].Start.Line}); trigger names must be unique");
            name = null;
        }
        var description = map.Text("description", required: false, "description: Outage over 30 minutes")?.Trim() ?? "";
        var after = map.Duration("after", required: true, "after: 30m");
        var keys = map.TextList("severities", required: true, "severities: [P0, P1]");
        var covered = new List<string>();
        foreach (var key in keys ?? [])
        {
            if (severities.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase)) is { } severity) covered.Add(severity.Key);
            else
            {
                context.Add(map.Value("severities")!, map.Field("severities"), $"no severity '{YamlScalars.Shorten(key)}'; this runbook's severities are {string.Join(", ", severities.Select(s => s.Key))}");
                keys = null;
            }
        }
        var requires = ReadRequire(map, audiences, hasStatusPage, context);
        return name is null || after is null || keys is null || requires is null ? null : new CommunicationTrigger(name, description, after.Value, covered, requires);
    }

    private static List<CommsRequirement>? ReadRequire(YamlMap map, IReadOnlyList<CommsAudience> audiences, bool hasStatusPage, LoadContext context)
    {
        var require = map.Map("require", required: true, RequireKeys, "require: { notify: [customers] }");
        if (require is null) return null;
        var requirements = new List<CommsRequirement>();
        if (require.Flag("status-page"))
        {
            if (hasStatusPage) requirements.Add(CommsRequirement.StatusPage);
            else
            {
                context.Add(require.Value("status-page")!, require.Field("status-page"),
                    "this runbook has no status-page: section, so nothing could be published and the requirement could never be met; add a status-page: section with its components, or remove it (or require notify: [an audience] instead)");
                return null;
            }
        }
        if (require.Value("notify") is { } notify)
        {
            var keys = AudienceKeys(notify, require.Field("notify"), audiences, context);
            if (keys is null) return null;
            requirements.AddRange(keys.Select(CommsRequirement.Told));
        }
        if (requirements.Count > 0) return requirements;
        context.Add(require.Node, require.Path, "a trigger must require something: notify: [customers], or status-page: true");
        return null;
    }

    /// <summary>A list of audience keys, each one this runbook defines.</summary>
    private static List<string>? AudienceKeys(YamlNode node, string path, IReadOnlyList<CommsAudience> audiences, LoadContext context)
    {
        if (node is not YamlSequenceNode sequence)
        {
            context.Add(node, path, $"expected a list of audiences, found {YamlScalars.Describe(node)}; write it like [customers, internal]");
            return null;
        }
        var keys = new List<string>();
        var valid = true;
        foreach (var item in sequence.Children)
        {
            var key = (item as YamlScalarNode)?.Value?.Trim() ?? "";
            if (audiences.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase)) is { } audience)
            {
                if (!keys.Contains(audience.Key)) keys.Add(audience.Key);
                continue;
            }
            context.Add(item, path, audiences.Count == 0
                ? $"no audience '{YamlScalars.Shorten(key)}': this runbook defines no audiences; add it under audiences:, e.g. {AudienceReader.Example}"
                : $"no audience '{YamlScalars.Shorten(key)}'; this runbook's audiences are {string.Join(", ", audiences.Select(a => a.Key))}");
            valid = false;
        }
        return valid ? keys : null;
    }
}
