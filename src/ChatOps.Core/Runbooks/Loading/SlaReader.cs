using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>sla:</c>: per service, a monthly availability target and the credit tiers below it.</summary>
internal static class SlaReader
{
    private static readonly string[] Keys = ["service", "target", "credits"];
    private static readonly string[] TierKeys = ["below", "credit"];
    private const string Example = "sla: [ { service: API, target: 99.9%, credits: [ { below: 99.9%, credit: 10% }, { below: 99%, credit: 25% } ] } ]";
    private const string TierExample = "{ below: 99.9%, credit: 10% }";

    public static IReadOnlyList<ServiceSla>? Read(YamlMap root, LoadContext context)
    {
        var list = root.List("sla", required: false, Example);
        if (list is null) return root.Has("sla") ? null : [];
        var slas = new List<ServiceSla>();
        var seen = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        var valid = true;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var sla = ReadService(list.Children[i], FieldPath.Item(root.Field("sla"), i), seen, context);
            if (sla is null) valid = false;
            else slas.Add(sla);
        }
        return valid ? slas : null;
    }

    private static ServiceSla? ReadService(YamlNode node, string path, Dictionary<string, YamlNode> seen, LoadContext context)
    {
        var map = YamlMap.Read(node, path, context, Keys);
        if (map is null) return null;
        var service = map.Text("service", required: true, "service: API")?.Trim();
        if (service is not null && !seen.TryAdd(service, map.Value("service")!))
        {
            context.Add(map.Value("service")!, map.Field("service"), $"'{YamlScalars.Shorten(service)}' already has an sla (line {seen[service].Start.Line}); give each service one");
            service = null;
        }
        var target = Percent(map, "target", required: true, "target: 99.9%", context);
        var list = map.List("credits", required: false, $"credits: [ {TierExample} ]");
        var tiers = new List<CreditTier>();
        var valid = service is not null && target is not null;
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            var tierMap = YamlMap.Read(list.Children[i], FieldPath.Item(map.Field("credits"), i), context, TierKeys);
            if (tierMap is null)
            {
                valid = false;
                continue;
            }
            var below = Percent(tierMap, "below", required: true, "below: 99.9%", context);
            var credit = Percent(tierMap, "credit", required: true, "credit: 10%", context);
            if (below is null || credit is null) valid = false;
            else if (target is not null && below > target)
            {
                context.Add(tierMap.Value("below")!, tierMap.Field("below"),
                    $"a credit below {Text(below.Value)} would be due in months that met the {Text(target.Value)} target; use a value at or under the target");
                valid = false;
            }
            else tiers.Add(new CreditTier(below.Value, credit.Value));
        }
        return valid ? new ServiceSla(service!, target!.Value, tiers) : null;
    }

    /// <summary>A percentage over 0 and at most 100, written <c>99.9%</c> or <c>99.9</c>.</summary>
    private static decimal? Percent(YamlMap map, string key, bool required, string example, LoadContext context)
    {
        var text = map.Text(key, required, example)?.Trim();
        if (text is null) return null;
        var number = text.EndsWith('%') ? text[..^1].Trim() : text;
        if (decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 100) return value;
        context.Add(map.Value(key)!, map.Field(key), $"'{YamlScalars.Shorten(text)}' is not a percentage over 0 and at most 100; write it like {example}");
        return null;
    }

    private static string Text(decimal percent) => percent.ToString(CultureInfo.InvariantCulture) + " %";
}
