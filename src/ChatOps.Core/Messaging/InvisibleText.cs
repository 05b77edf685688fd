using System.Globalization;
using System.Text;

namespace ChatOps.Core.Messaging;

/// <summary>
/// Characters that must not reach a reader as they are, wherever text is shown: control characters and invisible
/// formatting (bidi embeddings, overrides, isolates and marks, zero-width characters, line and paragraph separators),
/// which can reorder or hide what is shown. One rule for people, alerts and probe bodies alike.
/// </summary>
public static class InvisibleText
{
    public static bool Is(Rune rune) =>
        Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    public static bool Is(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
