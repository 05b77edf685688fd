using System.Globalization;
using System.Text;
using ChatOps.Core.Access;

namespace ChatOps.Bot.Slack.BlockKit;

/// <summary>
/// Makes user text safe and short enough for Slack
/// (<see href="https://api.slack.com/reference/surfaces/formatting#escaping">escaping</see>).
/// </summary>
public static class SlackText
{
    public const string Ellipsis = "…";

    private const int LongestKeptCluster = 64;

    /// <summary>Escapes Slack's three control characters so user text cannot ping (<c>&lt;!here&gt;</c>) or inject links.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            } ?? c.ToString());
        }
        return escaped.ToString();
    }

    /// <summary>
    /// A person Slack has no user id for (a runbook handle, a name) as inert mrkdwn: <see cref="People.Plain"/> (no
    /// control or bidi characters, one line), escaped so it cannot ping or link, and without the markers <c>* ~ `</c>
    /// (mrkdwn has no escape for them) so a name cannot turn what follows bold, struck or into code. Every person the bot
    /// prints on Slack other than as <c>&lt;@U…&gt;</c> goes through here.
    /// </summary>
    public static string Person(string person)
    {
        var plain = People.Plain(person);
        return Escape(plain.AsSpan().IndexOfAny(MrkdwnMarkers) < 0 ? plain : string.Concat(plain.Where(c => !MrkdwnMarkers.Contains(c))));
    }

    private const string MrkdwnMarkers = "*~`";

    /// <summary>
    /// Shortens <paramref name="text"/> to at most <paramref name="max"/> UTF-16 units, ending in "…" when anything was cut.
    /// Cuts between user-perceived characters, so a surrogate pair (or an emoji sequence) is never split.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (text.Length <= max) return text;
        if (max < Ellipsis.Length) return "";
        return text[..SafeCut(text, max - Ellipsis.Length)] + Ellipsis;
    }

    /// <summary>
    /// Escapes, then truncates to <paramref name="max"/> without leaving half an entity (<c>&amp;am…</c>) behind:
    /// the result is always valid mrkdwn with no raw <c>&amp;</c>, <c>&lt;</c> or <c>&gt;</c>.
    /// </summary>
    public static string EscapeAndTruncate(string text, int max)
    {
        var escaped = Escape(text);
        if (escaped.Length <= max) return escaped;
        var truncated = Truncate(escaped, max);
        var body = truncated.EndsWith(Ellipsis, StringComparison.Ordinal) ? truncated[..^Ellipsis.Length] : truncated;
        var amp = body.LastIndexOf('&');
        if (amp >= 0 && body.IndexOf(';', amp) < 0) body = body[..amp];
        return body.Length == 0 && max < Ellipsis.Length ? "" : body + Ellipsis;
    }

    /// <summary>The longest prefix length ≤ <paramref name="limit"/> that ends between user-perceived characters.</summary>
    private static int SafeCut(string text, int limit)
    {
        var cut = 0;
        while (cut < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text, cut);
            if (cut + length <= limit)
            {
                cut += length;
                continue;
            }
            // No real emoji sequence is this long; a letter under hundreds of combining marks would swallow
            // the rest of the room, so cut inside it, still between code points.
            if (length > LongestKeptCluster)
            {
                cut = limit;
                if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
            }
            break;
        }
        return cut;
    }
}
