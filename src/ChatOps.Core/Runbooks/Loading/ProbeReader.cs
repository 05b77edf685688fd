using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>probes:</c> (<c>every</c> and the <c>checks</c>).</summary>
internal static partial class ProbeReader
{
    private static readonly string[] Keys = ["every", "checks"];
    private static readonly string[] CheckKeys = ["name", "url", "method", "expect-status", "expect-json", "timeout", "headers-from-env", "services"];
    private static readonly string[] Methods = ["GET", "HEAD", "POST"];
    private const string Example = "- { name: api-health, url: https://api.example.com/api/health, expect-status: 200, services: [API] }";

    public static ProbePolicy? Read(YamlMap root, LoadContext context)
    {
        var map = root.Map("probes", required: false, Keys, $"probes: {{ checks: [ {Example} ] }}");
        if (map is null) return root.Has("probes") ? null : ProbePolicy.None;
        var every = map.Has("every") ? map.Duration("every", required: true, "every: 1m") : ProbePolicy.DefaultEvery;
        var list = map.List("checks", required: true, $"checks: [ {Example} ]");
        var checks = new List<Probe>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        var valid = every is not null && list is not null;
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            var probe = ReadCheck(list.Children[i], FieldPath.Item(map.Field("checks"), i), seen, context);
            if (probe is null) valid = false;
            else checks.Add(probe);
        }
        return valid ? new ProbePolicy(checks, every!.Value) : null;
    }

    private static Probe? ReadCheck(YamlNode node, string path, Dictionary<string, YamlNode> seen, LoadContext context)
    {
        var map = YamlMap.Read(node, path, context, CheckKeys);
        if (map is null) return null;
        var name = map.Id("name", required: true, "name: api-health");
        if (name is not null && !seen.TryAdd(name, map.Value("name")!))
        {
            context.Add(map.Value("name")!, map.Field("name"), $"duplicate probe '{name}' (first defined on line {seen[name].Start.Line}); probe names must be unique");
            name = null;
        }
        var url = ReadUrl(map, context);
        var method = (map.Text("method", required: false, "method: GET")?.Trim() ?? "GET").ToUpperInvariant();
        if (!Methods.Contains(method))
        {
            context.Add(map.Value("method")!, map.Field("method"), $"'{YamlScalars.Shorten(method)}' is not a probe method; use {string.Join(", ", Methods)}");
            method = "";
        }
        var status = map.Integer("expect-status", "expect-status: 200") ?? 200;
        if (status is < 100 or > 599)
        {
            context.Add(map.Value("expect-status")!, map.Field("expect-status"), $"{status} is not an HTTP status; write it like expect-status: 200");
            status = 0;
        }
        var json = map.Map("expect-json", required: false, ["field", "value"], "expect-json: { field: status, value: ok }");
        var field = json?.Text("field", required: true, "field: status")?.Trim();
        var value = json?.Text("value", required: true, "value: ok");
        var timeout = map.Has("timeout") ? map.Duration("timeout", required: true, "timeout: 5s") : Probe.DefaultTimeout;
        var headers = ReadHeaders(map, context);
        var services = map.TextList("services", required: false, "services: [API]") ?? [];
        if (name is null || url is null || method.Length == 0 || status == 0 || timeout is null || headers is null || (json is not null && (field is null || value is null)))
            return null;
        return new Probe(name, url, method, status, field, value, timeout.Value, headers, services);
    }

    private static Uri? ReadUrl(YamlMap map, LoadContext context)
    {
        var text = map.Text("url", required: true, "url: https://api.example.com/api/health")?.Trim();
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.UserInfo.Length == 0) return url;
        context.Add(map.Value("url")!, map.Field("url"),
            $"'{YamlScalars.Shorten(text)}' is not an http(s) address; write the whole URL without a user name or password, like https://api.example.com/api/health");
        return null;
    }

    private static IReadOnlyDictionary<string, string>? ReadHeaders(YamlMap map, LoadContext context)
    {
        if (map.Value("headers-from-env") is not { } node) return new Dictionary<string, string>();
        if (node is not YamlMappingNode pairs)
        {
            context.Add(node, map.Field("headers-from-env"), "expected Header: VARIABLE lines, like headers-from-env: { Authorization: HEALTH_CHECK_AUTH }");
            return null;
        }
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in pairs.Children)
        {
            var header = (key as YamlScalarNode)?.Value ?? "";
            var variable = (value as YamlScalarNode)?.Value?.Trim() ?? "";
            if (!HeaderName().IsMatch(header) || !VariableName().IsMatch(variable))
            {
                context.Add(key, FieldPath.Child(map.Field("headers-from-env"), header),
                    "each line is a header name and the environment variable holding its value (never the value itself), like Authorization: HEALTH_CHECK_AUTH");
                return null;
            }
            headers[header] = variable;
        }
        return headers;
    }

    [GeneratedRegex("^[A-Za-z0-9-]+$")]
    private static partial Regex HeaderName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
