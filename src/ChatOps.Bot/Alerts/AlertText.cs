using System.Text;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Alerts;

/// <summary>Caps the texts an alert carries and keeps them inert: no control characters, one line where one is expected.</summary>
internal static class AlertText
{
    public static readonly IReadOnlyDictionary<string, string> NoPairs = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>One line: line breaks, tabs and other control or direction-changing characters become spaces.</summary>
    public static string Line(string? text, int max) => TextCap.Cap(Clean(text, keepLineBreaks: false), max);

    /// <summary>Text that may span lines: control and direction-changing characters other than line breaks become spaces.</summary>
    public static string Block(string? text, int max) => TextCap.Cap(Clean(text, keepLineBreaks: true), max);

    /// <summary>The first candidate with something in it, or "".</summary>
    public static string FirstOf(params string?[] candidates) => candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)) ?? "";

    private static string Clean(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = keepLineBreaks && c == '\n';
            if (keep || !Core.Messaging.InvisibleText.Is(c))
            {
                clean?.Append(c);
                continue;
            }

            clean ??= new StringBuilder(text, 0, i, text.Length);
            if (keepLineBreaks && c == '\r') continue;
            clean.Append(' ');
        }

        return (clean?.ToString() ?? text).Trim();
    }
}
