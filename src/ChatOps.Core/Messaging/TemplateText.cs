using System.Text.RegularExpressions;

namespace ChatOps.Core.Messaging;

/// <summary>Fills <c>{name}</c> placeholders of a runbook template.</summary>
public static partial class TemplateText
{
    [GeneratedRegex(@"\{([a-z_]+)\}")]
    public static partial Regex Placeholder();

    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value).TrimEnd();
}
