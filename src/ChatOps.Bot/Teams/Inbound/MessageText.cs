using System.Net;
using System.Text.Json;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Teams.Inbound;

/// <summary>
/// The command in a message's text: the bot's own <c>&lt;at&gt;</c> mention removed, other mentions turned into the
/// person's id (so <c>incident role comms @Bob</c> names Bob), entities decoded and white space tidied.
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/channel-and-group-conversations
/// </summary>
public static class MessageText
{
    public static string Command(TeamsActivity activity)
    {
        var text = activity.Text;
        foreach (var mention in activity.Entities.Where(e => e.Str("type") == "mention"))
        {
            var at = mention.Str("text");
            if (at.Length == 0) continue;
            var mentioned = mention.TryGetProperty("mentioned", out var m) ? m : default;
            var id = mentioned.ValueKind == JsonValueKind.Object ? mentioned.Str("id") : "";
            var replacement = id == activity.RecipientId ? ""
                : mentioned.ValueKind == JsonValueKind.Object && mentioned.Str("aadObjectId") is { Length: > 0 } objectId ? objectId
                : Handle(mentioned.ValueKind == JsonValueKind.Object ? mentioned.Str("name") : "");
            text = text.Replace(at, replacement, StringComparison.Ordinal);
        }
        text = WebUtility.HtmlDecode(text).Replace('\u00a0', ' ');
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The people mentioned with their Entra object id, and the names Teams showed for them.</summary>
    public static IEnumerable<(string Id, string Name)> MentionedPeople(TeamsActivity activity) =>
        activity.Entities
            .Where(e => e.Str("type") == "mention" && e.TryGetProperty("mentioned", out var m) && m.ValueKind == JsonValueKind.Object)
            .Select(e => (e.Str("mentioned", "aadObjectId"), e.Str("mentioned", "name")))
            .Where(p => p.Item1.Length > 0 && p.Item2.Length > 0);

    /// <summary>A display name as a runbook-style handle: lower case, words joined by dashes.</summary>
    private static string Handle(string name) => string.Join('-', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
