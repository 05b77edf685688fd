using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Turns runbook text into its single YAML document's root node, reporting syntax errors with their position.</summary>
internal static class YamlDocumentParser
{
    public static YamlNode? Parse(string text, LoadContext context)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var tab = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? FirstTabIndent(text) : null;
            if (tab is { } at)
                context.Add(at.Line, at.Column, FieldPath.Root, $"YAML syntax error: {e.Message} Indent with spaces, not tabs.");
            else
                context.Add(e.Start, FieldPath.Root, $"YAML syntax error: {e.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || YamlScalars.IsNull(stream.Documents[0].RootNode))
        {
            context.Add(1, 1, FieldPath.Root, "the runbook is empty; it needs at least name, severities and templates");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            context.Add(stream.Documents[1].RootNode, FieldPath.Root,
                "a runbook file holds one YAML document; remove the '---' and everything after it, or move it to its own file");
        }
        return stream.Documents[0].RootNode;
    }

    /// <summary>
    /// YamlDotNet reports a tab indent at the start of the enclosing mapping, often line 1; point at the tab itself.
    /// </summary>
    private static (int Line, int Column)? FirstTabIndent(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }
        return null;
    }
}
