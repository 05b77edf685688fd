using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatOps.Bot.Tests.Teams.AdaptiveCards;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>What inert user text looks like in an activity the bot sent Teams.</summary>
public static partial class TeamsInertText
{
    /// <summary>
    /// Every <c>&lt;at&gt;</c> in a message's text is one of its mention entities, every string in it is free of the
    /// corpus row's pieces and of invisible characters, and every card's text is escaped markdown.
    /// </summary>
    public static void Assert(JsonObject activity, IEnumerable<string> pieces)
    {
        var mentions = activity["entities"]?.AsArray().Select(e => (string?)e!["text"]).OfType<string>().ToHashSet() ?? [];
        foreach (Match at in AtTag().Matches((string?)activity["text"] ?? "")) Xunit.Assert.Contains(at.Value, mentions);
        foreach (var text in Strings(activity))
        {
            foreach (var piece in pieces) Xunit.Assert.DoesNotContain(piece, System.Net.WebUtility.HtmlDecode(text), StringComparison.Ordinal);
            Xunit.Assert.DoesNotContain(text, c => (char.IsControl(c) && c != '\n') || char.GetUnicodeCategory(c) == UnicodeCategory.Format);
        }
        foreach (var card in activity["attachments"]?.AsArray().Select(a => a?["content"]).OfType<JsonObject>() ?? []) AdaptiveText.AssertInert(card);
    }

    [GeneratedRegex("<at>.*?</at>")]
    private static partial Regex AtTag();

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
