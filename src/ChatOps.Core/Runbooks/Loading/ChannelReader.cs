using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Reads <c>channels:</c>: the incident channel name pattern, slug length and announce channel.</summary>
internal static class ChannelReader
{
    private static readonly string[] Keys = ["pattern", "slug-length", "announce"];

    public static ChannelPolicy? Read(YamlMap root, LoadContext context)
    {
        var map = root.Map("channels", required: false, Keys, "channels: { pattern: \"inc-{year}-{seq}-{slug}\" }");
        if (map is null)
        {
            return root.Has("channels")
                ? null
                : new ChannelPolicy(RunbookDefaults.ChannelPattern, RunbookDefaults.SlugLength, RunbookDefaults.AnnounceChannel);
        }

        var pattern = ReadPattern(map, context);
        var slugLength = ReadSlugLength(map, context);
        var announce = map.Text("announce", required: false, "announce: incidents")?.Trim().TrimStart('#');
        if (pattern is null || slugLength is null) return null;
        return new ChannelPolicy(pattern, slugLength.Value, string.IsNullOrEmpty(announce) ? RunbookDefaults.AnnounceChannel : announce);
    }

    private static string? ReadPattern(YamlMap map, LoadContext context)
    {
        var pattern = map.Text("pattern", required: false, $"pattern: \"{RunbookDefaults.ChannelPattern}\"")?.Trim();
        if (pattern is null) return map.Has("pattern") ? null : RunbookDefaults.ChannelPattern;
        var node = (YamlScalarNode)map.Value("pattern")!;
        var allowed = string.Join(", ", RunbookDefaults.ChannelPlaceholders.Select(p => $"{{{p}}}"));
        var valid = true;
        foreach (var placeholder in Placeholders.Locate(node, context.Text))
        {
            if (RunbookDefaults.ChannelPlaceholders.Contains(placeholder.Name)) continue;
            valid = false;
            context.Add(placeholder.Line, placeholder.Column, map.Field("pattern"),
                $"unknown placeholder {{{placeholder.Name}}}; allowed placeholders are: {allowed}");
        }
        var names = Placeholders.Names(pattern);
        if (!names.Contains("seq") && !names.Contains("number"))
        {
            valid = false;
            context.Add(node, map.Field("pattern"),
                $"'{pattern}' would give two incidents the same channel; include {{seq}} or {{number}}, e.g. \"{RunbookDefaults.ChannelPattern}\"");
        }
        return valid ? pattern : null;
    }

    private static int? ReadSlugLength(YamlMap map, LoadContext context)
    {
        if (!map.Has("slug-length")) return RunbookDefaults.SlugLength;
        var length = map.Integer("slug-length", $"slug-length: {RunbookDefaults.SlugLength}");
        if (length is null) return null;
        if (length is >= RunbookDefaults.MinSlugLength and <= RunbookDefaults.MaxSlugLength) return length;
        context.Add(map.Value("slug-length")!, map.Field("slug-length"),
            $"{length} is outside {RunbookDefaults.MinSlugLength}..{RunbookDefaults.MaxSlugLength}; pick a length in that range, e.g. slug-length: {RunbookDefaults.SlugLength}");
        return null;
    }
}
