using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ChatOps.Bot.Protocol;

/// <summary>
/// Reads string values of JSON from outside. JSON may escape half a surrogate pair (<c>"\ud800"</c>), which is no
/// text, and <see cref="JsonElement.GetString"/> throws on it; here it reads as U+FFFD, as invalid UTF-8 bytes in a form
/// do, so a request carrying one is answered like any other odd text instead of failing with a 500. (Such a key never
/// gets this far: inbound JSON is parsed refusing repeated keys, and that check refuses it.)
/// </summary>
public static class JsonText
{
    public const char Replacement = '\uFFFD';

    /// <summary>A string element's text (lone surrogates as U+FFFD).</summary>
    public static string Read(JsonElement element)
    {
        try
        {
            return element.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Literal(element.GetRawText());
        }
    }

    /// <summary>The first JSON string literal in <paramref name="json"/>, unescaped, with every unpaired surrogate replaced.</summary>
    private static string Literal(string json)
    {
        var text = new StringBuilder(json.Length);
        for (var i = json.IndexOf('"') + 1; i > 0 && i < json.Length && json[i] != '"'; i++)
        {
            if (json[i] != '\\' || i + 1 >= json.Length)
            {
                text.Append(json[i]);
                continue;
            }
            var escaped = json[++i];
            if (escaped == 'u' && i + 4 < json.Length && int.TryParse(json.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                i += 4;
                continue;
            }
            text.Append(escaped switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escaped });
        }
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) text[i] = Replacement;
        }
        return text.ToString();
    }
}
