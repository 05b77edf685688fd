namespace ChatOps.Bot.Protocol;

/// <summary>Characters that must not reach a reader as they are: control characters and the bidirectional marks, overrides and isolates that reorder what is shown.</summary>
public static class InertText
{
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F';
}
