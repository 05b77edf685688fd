namespace ChatOps.Bot.Protocol;

/// <summary>Cuts text to a documented limit, ending in "…" when cut, never splitting a surrogate pair.</summary>
public static class TextCap
{
    public static string Cap(string text, int max)
    {
        if (text.Length <= max) return text;
        if (max <= 1) return max == 1 ? "…" : "";
        var cut = max - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
