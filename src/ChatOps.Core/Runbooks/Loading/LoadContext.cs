using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>Collects every error found while reading one runbook, so a user sees all of them at once.</summary>
internal sealed class LoadContext(string source, string text)
{
    private readonly List<RunbookError> errors = [];

    public string Source => source;

    /// <summary>The raw YAML, used to point at a placeholder inside a multi-line scalar.</summary>
    public string Text => text;

    public bool HasErrors => errors.Count > 0;

    public void Add(YamlNode node, string field, string message) => Add(node.Start, field, message);

    public void Add(Mark mark, string field, string message) =>
        Add((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column), field, message);

    public void Add(int line, int column, string field, string message) =>
        errors.Add(new RunbookError(source, line, column, field, message));

    /// <summary>The errors in file order; checks that run late (cross-references) still sort into place.</summary>
    public IReadOnlyList<RunbookError> SortedErrors() =>
        errors.Select((error, index) => (error, index))
            .OrderBy(e => e.error.Line).ThenBy(e => e.error.Column).ThenBy(e => e.index)
            .Select(e => e.error)
            .ToList();
}
