using ChatOps.Core.Incidents;
using ChatOps.Core.Messaging;
using ChatOps.Core.Runbooks;

namespace ChatOps.Core.Drills;

/// <summary>What makes a drill look and act unlike a real incident: DRILL on everything it posts, and no announcement unless the runbook asks.</summary>
public static class DrillRules
{
    public const string Tag = "DRILL";

    /// <summary>A text posted for a drill starts with [DRILL]; other incidents' texts are left as they are.</summary>
    public static string Text(Incident incident, string text) =>
        incident.IsDrill && !text.StartsWith($"[{Tag}]", StringComparison.Ordinal) && !text.StartsWith(Tag, StringComparison.Ordinal) ? $"[{Tag}] {text}" : text;

    /// <summary>A card posted for a drill has a title starting with DRILL.</summary>
    public static Card Card(Incident incident, Card card) =>
        incident.IsDrill && !card.Title.StartsWith(Tag, StringComparison.Ordinal) ? card with { Title = $"{Tag}: {card.Title}" } : card;

    public static ChatMessage Message(Incident incident, ChatMessage message) =>
        incident.IsDrill ? message with { Text = Text(incident, message.Text), Card = message.Card is { } card ? Card(incident, card) : null } : message;

    /// <summary>A drill's channel name: <c>drill-</c> in front of the runbook's pattern, so nobody mistakes it for an outage.</summary>
    public static string ChannelName(string name) =>
        name.Length + 6 <= ChannelNamer.MaxLength ? "drill-" + name : ("drill-" + name)[..ChannelNamer.MaxLength].TrimEnd('-');

    /// <summary>
    /// Whether the incident is announced in the runbook's announce channel (declared, resolved): never a private one, and a
    /// drill only when its scenario says <c>announce: true</c>.
    /// </summary>
    public static bool MayAnnounce(Incident incident, Runbook runbook) =>
        !incident.Private && (!incident.IsDrill || runbook.Drills.Find(incident.DrillScenario)?.Announce == true);
}
