using System.Globalization;
using System.Text.RegularExpressions;
using ChatOps.Core.Time;
using YamlDotNet.RepresentationModel;

namespace ChatOps.Core.Runbooks.Loading;

/// <summary>
/// A YAML mapping read against a fixed set of keys: unknown keys are reported on construction, and each typed getter
/// reports its own problem (missing, wrong type, bad value) at the offending node and carries on.
/// </summary>
internal sealed partial class YamlMap
{
    private const string DurationHint = "write it like 30s, 5m, 1h, 1d or 1h30m";

    private readonly LoadContext context;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> entries = new(StringComparer.Ordinal);

    /// <summary>Allowed keys that a misspelt key was taken for; their "missing" error would only repeat the hint.</summary>
    private readonly HashSet<string> misspelt = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, string path, LoadContext context, IReadOnlyList<string> allowedKeys)
    {
        Node = node;
        Path = path;
        this.context = context;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                context.Add(keyNode, path.Length == 0 ? FieldPath.Root : path,
                    $"keys must be plain words, found {YamlScalars.Describe(keyNode)}; allowed keys here are: {string.Join(", ", allowedKeys)}");
                continue;
            }
            if (!allowedKeys.Contains(key, StringComparer.Ordinal))
            {
                var guess = GuessKey(key, allowedKeys);
                if (guess is not null) misspelt.Add(guess);
                context.Add(keyNode, FieldPath.Child(path, key), UnknownKey(key, guess, allowedKeys));
                continue;
            }
            entries[key] = (keyNode, value);
        }
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    /// <summary>Reads <paramref name="node"/> as a mapping, or reports that it is something else and returns null.</summary>
    public static YamlMap? Read(YamlNode node, string path, LoadContext context, IReadOnlyList<string> allowedKeys)
    {
        if (node is YamlMappingNode mapping) return new YamlMap(mapping, path, context, allowedKeys);
        context.Add(node, path.Length == 0 ? FieldPath.Root : path,
            $"expected key: value lines ({string.Join(", ", allowedKeys)}), found {YamlScalars.Describe(node)}");
        return null;
    }

    public string Field(string key) => FieldPath.Child(Path, key);

    /// <summary>The value under <paramref name="key"/>, or null when the key is absent or has an empty value.</summary>
    public YamlNode? Value(string key) =>
        entries.TryGetValue(key, out var entry) && !YamlScalars.IsNull(entry.Value) ? entry.Value : null;

    public bool Has(string key) => Value(key) is not null;

    public void Missing(string key, string example)
    {
        if (misspelt.Contains(key)) return;
        if (entries.TryGetValue(key, out var entry))
            context.Add(entry.Key, Field(key), $"'{key}' has no value; write it like {example}");
        else
            context.Add(Node, Field(key), $"required key '{key}' is missing; add it, e.g. {example}");
    }

    public string? Text(string key, bool required, string example)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required) Missing(key, example);
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            context.Add(node, Field(key), $"expected text, found {YamlScalars.Describe(node)}; write it like {example}");
            return null;
        }
        var text = scalar.Value ?? "";
        if (required && string.IsNullOrWhiteSpace(text))
        {
            context.Add(node, Field(key), $"must not be empty; write it like {example}");
            return null;
        }
        return text;
    }

    /// <summary>Text used as an identifier in commands and buttons: one word of letters, digits, '-', '_' or '.'.</summary>
    public string? Id(string key, bool required, string example)
    {
        var text = Text(key, required, example)?.Trim();
        if (text is null) return null;
        if (IdPattern().IsMatch(text)) return text;
        context.Add(Value(key)!, Field(key),
            $"'{YamlScalars.Shorten(text)}' is not a valid {key}; use one word of letters, digits, '-' or '_', like {example}");
        return null;
    }

    public TimeSpan? Duration(string key, bool required, string example)
    {
        var text = Text(key, required, example)?.Trim();
        if (text is null) return null;
        var node = Value(key)!;
        if (text.StartsWith('-'))
            context.Add(node, Field(key), $"'{text}' is negative; a duration must be longer than zero, {DurationHint}");
        else if (!DurationText.TryParse(text, out var duration))
            context.Add(node, Field(key), $"'{YamlScalars.Shorten(text)}' is not a duration; {DurationHint}");
        else if (duration <= TimeSpan.Zero)
            context.Add(node, Field(key), $"'{text}' is zero; a duration must be longer than zero, {DurationHint}");
        else
            return duration;
        return null;
    }

    /// <summary>An optional true/false value; false when absent.</summary>
    public bool Flag(string key)
    {
        var node = Value(key);
        if (node is null) return false;
        if (node is YamlScalarNode { Value: var text } && bool.TryParse(text, out var flag)) return flag;
        context.Add(node, Field(key),
            $"expected true or false, found {YamlScalars.Describe(node)}; write {key}: true or {key}: false");
        return false;
    }

    public int? Integer(string key, string example)
    {
        var node = Value(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: var text }
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            return number;
        context.Add(node, Field(key), $"expected a whole number, found {YamlScalars.Describe(node)}; write it like {example}");
        return null;
    }

    public YamlSequenceNode? List(string key, bool required, string example)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required) Missing(key, example);
            return null;
        }
        if (node is YamlSequenceNode sequence) return sequence;
        context.Add(node, Field(key),
            $"expected a list, found {YamlScalars.Describe(node)}; write it like {example} or as '- item' lines");
        return null;
    }

    /// <summary>A list of non-empty texts; each bad item is reported. Null when absent.</summary>
    public IReadOnlyList<string>? TextList(string key, bool required, string example)
    {
        var sequence = List(key, required, example);
        if (sequence is null) return null;
        var items = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (item is YamlScalarNode { Value: { } text } && !YamlScalars.IsNull(item) && !string.IsNullOrWhiteSpace(text))
                items.Add(text.Trim());
            else
                context.Add(item, FieldPath.Item(Field(key), i),
                    $"expected text, found {YamlScalars.Describe(item)}; each item of {key} is one line of text");
        }
        return items;
    }

    public YamlMap? Map(string key, bool required, IReadOnlyList<string> allowedKeys, string example)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required) Missing(key, example);
            return null;
        }
        return Read(node, Field(key), context, allowedKeys);
    }

    private static string? GuessKey(string key, IReadOnlyList<string> allowedKeys) => Suggestions.Closest(key, allowedKeys);

    private static string UnknownKey(string key, string? guess, IReadOnlyList<string> allowedKeys)
    {
        var hint = guess is null ? "" : $"; did you mean '{guess}'?";
        return $"unknown key '{key}'{hint}; allowed keys here are: {string.Join(", ", allowedKeys)}";
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")]
    private static partial Regex IdPattern();
}
