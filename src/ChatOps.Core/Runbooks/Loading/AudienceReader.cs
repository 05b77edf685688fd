using System.Net.Mail;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>audiences:</c>: each audience's key, name, chat channels, email addresses and template.</summary>
internal static class AudienceReader
{
    private static readonly string[] Keys = ["key", "name", "channels", "email", "template"];
    public const string Example = "audiences: [ { key: customers, name: All users, channels: [status-updates], email: [customers@example.com] } ]";

    public static IReadOnlyList<CommsAudience> ReadAll(YamlMap root, IReadOnlyDictionary<string, CommsTemplate> templates, LoadContext context)
    {
        var list = root.List("audiences", required: false, Example);
        if (list is null) return [];
        var audiences = new List<CommsAudience>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Children.Count; i++)
        {
            var map = YamlMap.Read(list.Children[i], FieldPath.Item(root.Field("audiences"), i), context, Keys);
            if (map is null) continue;
            var key = map.Id("key", required: true, "key: customers");
            if (key is not null && !seen.TryAdd(key, map.Value("key")!))
            {
                context.Add(map.Value("key")!, map.Field("key"), $"duplicate audience '{key}' (first defined on line {seen[key].Start.Line}); audience keys must be unique");
                key = null;
            }
            var name = map.Text("name", required: false, "name: All users")?.Trim() is { Length: > 0 } given ? given : key;
            var channels = (map.TextList("channels", required: false, "channels: [status-updates]") ?? []).Select(c => c.TrimStart('#').Trim()).ToList();
            var email = ReadEmail(map, context);
            var template = map.Id("template", required: false, "template: customer-email") ?? CommsTemplate.DefaultKey;
            if (map.Has("template") && !templates.ContainsKey(template))
            {
                context.Add(map.Value("template")!, map.Field("template"),
                    $"no template '{template}'; define it under communications.templates (this runbook's are {string.Join(", ", templates.Keys)})");
                key = null;
            }
            if (email is not null && channels.Count == 0 && email.Count == 0)
            {
                context.Add(map.Node, map.Path, "an audience needs somewhere to be told: channels: [status-updates], email: [customers@example.com], or both");
                key = null;
            }
            if (key is not null && email is not null) audiences.Add(new CommsAudience(key, name!, channels, email, template));
        }
        return audiences;
    }

    /// <summary>Plain addresses (<c>ops@example.com</c>) or named ones (<c>Ops &lt;ops@example.com&gt;</c>), one per item.</summary>
    private static IReadOnlyList<string>? ReadEmail(YamlMap map, LoadContext context)
    {
        var items = map.TextList("email", required: false, "email: [customers@example.com]");
        if (items is null) return map.Has("email") ? null : [];
        var valid = true;
        foreach (var item in items)
        {
            if (IsAddress(item)) continue;
            context.Add(map.Value("email")!, map.Field("email"),
                $"'{YamlScalars.Shorten(item)}' is not an email address; write one address per item, like customers@example.com or \"Ops <ops@example.com>\"");
            valid = false;
        }
        return valid ? items : null;
    }

    public static bool IsAddress(string text) =>
        !text.Any(char.IsControl) && !text.Contains(',') && !text.Contains(';')
        && MailAddress.TryCreate(text, out var address) && address.Host.Contains('.');
}
