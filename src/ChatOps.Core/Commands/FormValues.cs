namespace ChatOps.Core.Commands;

/// <summary>Reading a submitted form's values: trimmed text, and what counts as a ticked box.</summary>
public static class FormValues
{
    public static string Get(IReadOnlyDictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) ? value.Trim() : "";

    public static bool IsTrue(string value) => value.ToLowerInvariant() is "true" or "yes" or "y" or "1" or "on" or "private";
}
