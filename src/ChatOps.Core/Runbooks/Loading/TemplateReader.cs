using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>templates:</c> and checks each placeholder against <see cref="MessageTemplates.Placeholders"/>.</summary>
internal static class TemplateReader
{
    private static readonly string[] Keys = ["status-update", "close", "customer-close"];

    public static MessageTemplates? Read(YamlMap root, LoadContext context)
    {
        var map = root.Map("templates", required: true, Keys, "templates: { status-update: ..., close: ... }");
        if (map is null) return null;
        var statusUpdate = ReadTemplate(map, "status-update", "status-update: \"{number} {severity} {status}: {message}\"", context);
        var close = ReadTemplate(map, "close", "close: \"Incident resolved at {resolved_at}. Summary: {summary}\"", context);
        var customer = map.Has("customer-close")
            ? ReadTemplate(map, "customer-close", "customer-close: \"The issue affecting {services} is resolved. We apologize for any inconvenience caused.\"", context)
            : null;
        if (map.Has("customer-close") && customer is null) return null;
        return statusUpdate is null || close is null ? null : new MessageTemplates(statusUpdate, close, customer);
    }

    private static string? ReadTemplate(YamlMap map, string key, string example, LoadContext context)
    {
        var text = map.Text(key, required: key != "customer-close", example);
        if (text is null || map.Value(key) is not YamlScalarNode node) return null;
        var valid = true;
        foreach (var placeholder in Placeholders.Locate(node, context.Text))
        {
            if (MessageTemplates.Placeholders.Contains(placeholder.Name)) continue;
            valid = false;
            context.Add(placeholder.Line, placeholder.Column, map.Field(key),
                $"unknown placeholder {{{placeholder.Name}}}; allowed placeholders are: " +
                string.Join(", ", MessageTemplates.Placeholders.Order(StringComparer.Ordinal).Select(p => $"{{{p}}}")));
        }
        return valid ? text : null;
    }
}
