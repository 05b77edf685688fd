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
}
