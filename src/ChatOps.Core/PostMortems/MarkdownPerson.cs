using System.Text;
using ChatOps.Core.Access;

namespace ChatOps.Core.PostMortems;

/// <summary>
/// A person as the post-mortem's Markdown shows them: <see cref="People.Plain"/> (no control or bidi characters, one
/// line), with every character that could start emphasis, code, a link, HTML or an entity backslash-escaped (CommonMark
/// shows an escaped punctuation character as itself). Table pipes are left to the table, which escapes them.
/// </summary>
public static class MarkdownPerson
{
    private const string Markup = "\\`*_[]<>~&";

    public static string Escape(string person)
    {
        var plain = People.Plain(person);
        if (plain.AsSpan().IndexOfAny(Markup) < 0) return plain;
        var escaped = new StringBuilder(plain.Length + 8);
        foreach (var c in plain)
        {
            if (Markup.Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
