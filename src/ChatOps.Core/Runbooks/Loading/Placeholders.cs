using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Finds <c>{word}</c> placeholders in a scalar and where each sits in the file.</summary>
internal static partial class Placeholders
{
    public sealed record Found(string Name, int Line, int Column);

    public static IReadOnlyList<string> Names(string text) =>
        Pattern().Matches(text).Select(m => m.Groups[1].Value).ToList();

    /// <summary>
    /// The placeholders in <paramref name="node"/>'s value, located in the raw text between the node's start and end so
    /// that an error inside a multi-line block scalar points at the right line; falls back to the node's start.
    /// </summary>
    public static IReadOnlyList<Found> Locate(YamlScalarNode node, string rawText)
    {
        var start = (int)Math.Clamp(node.Start.Index, 0, rawText.Length);
        var end = (int)Math.Clamp(node.End.Index, start, rawText.Length);
        var raw = Pattern().Matches(rawText[start..end]).ToList();
        var names = Names(node.Value ?? "");
        var found = new List<Found>();
        var rawIndex = 0;
        foreach (var name in names)
        {
            var match = raw.Skip(rawIndex).FirstOrDefault(m => m.Groups[1].Value == name);
            if (match is null)
            {
                found.Add(new Found(name, (int)node.Start.Line, (int)node.Start.Column));
                continue;
            }
            rawIndex = raw.IndexOf(match) + 1;
            found.Add(Position(name, rawText, start + match.Index));
        }
        return found;
    }

    private static Found Position(string name, string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new Found(name, line, index - lineStart + 1);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Pattern();
}
