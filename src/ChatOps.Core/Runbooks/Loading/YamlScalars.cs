using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>How a runbook reads YAML nodes: what counts as empty, and how to name a node's kind in an error.</summary>
internal static class YamlScalars
{
    /// <summary>An unquoted empty value, <c>~</c> or <c>null</c>: treated as if the key were left out.</summary>
    public static bool IsNull(YamlNode? node) =>
        node is null
        || node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
            && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping (key: value lines)",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar when IsNull(scalar) => "nothing",
        YamlScalarNode scalar => $"the text '{Shorten(scalar.Value ?? "")}'",
        _ => "an unsupported YAML node",
    };

    public static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
