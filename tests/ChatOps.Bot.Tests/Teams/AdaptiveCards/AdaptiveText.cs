using System.Text;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Teams.AdaptiveCards;

/// <summary>
/// Reads the text an Adaptive Card shows as Teams reads it: TextBlocks and facts are markdown (with <c>{{DATE()}}</c>
/// functions and <c>&lt;at&gt;</c> mentions), so a character that starts markup must reach them backslash-escaped.
/// </summary>
public static class AdaptiveText
{
    /// <summary>Characters that start markdown, a date function, a mention or HTML in a card's text.</summary>
    public const string MarkupCharacters = "\\*_[]{}<>`~";

    /// <summary>Every string the card renders as markdown: TextBlock texts and fact titles and values, in shown cards too.</summary>
    public static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when (string?)o["type"] == "TextBlock" => [(string?)o["text"] ?? ""],
        JsonObject o when (string?)o["type"] == "FactSet" =>
            o["facts"]!.AsArray().SelectMany(f => new[] { (string?)f!["title"] ?? "", (string?)f["value"] ?? "" }),
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    /// <summary>Fails naming the text and position of any markup character that is not escaped.</summary>
    public static void AssertInert(JsonNode? card)
    {
        foreach (var text in Texts(card))
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && !char.IsWhiteSpace(text[i + 1]))
                {
                    i++;
                    continue;
                }
                Assert.False(MarkupCharacters.Contains(text[i]), $"'{text[i]}' at {i} is not escaped in: {text}");
            }
        }
    }

    /// <summary>The card's texts as a reader sees them (escapes removed), one per line.</summary>
    public static string Shown(JsonNode? card) => string.Join('\n', Texts(card).Select(Unescape));

    private static string Unescape(string text)
    {
        var shown = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && !char.IsWhiteSpace(text[i + 1])) i++;
            shown.Append(text[i]);
        }
        return shown.ToString();
    }
}
