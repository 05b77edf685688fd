using System.Text;

namespace ChatOps.Bot.Teams.AdaptiveCards;

/// <summary>
/// Text made to show as typed in a TextBlock or a fact, which Teams reads as markdown
/// (https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features), with <c>{{DATE()}}</c> and
/// <c>{{TIME()}}</c> functions and <c>&lt;at&gt;</c> mentions: every character that could start emphasis, a link, code,
/// a function, a mention or HTML is backslash-escaped (CommonMark shows an escaped punctuation character as itself), so
/// is a list, heading or quote marker at the start of a line, and each new line is a paragraph break, which Teams shows.
/// </summary>
public static class CardText
{
    private const string Markup = "\\*_[]{}<>`~";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            if (n > 0) escaped.Append("\n\n");
            EscapeLine(lines[n], escaped);
        }
        return escaped.ToString();
    }

    private static void EscapeLine(string line, StringBuilder escaped)
    {
        var start = line.Length - line.TrimStart(' ').Length;
        var digits = 0;
        while (start + digits < line.Length && char.IsAsciiDigit(line[start + digits])) digits++;
        var marker = digits > 0 && start + digits < line.Length && line[start + digits] is '.' or ')' ? start + digits
            : start < line.Length && line[start] is '-' or '+' or '#' or '=' or '|' ? start
            : -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (i == marker || Markup.Contains(line[i])) escaped.Append('\\');
            escaped.Append(line[i]);
        }
    }
}
