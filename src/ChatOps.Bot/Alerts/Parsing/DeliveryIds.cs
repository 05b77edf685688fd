using System.Security.Cryptography;
using System.Text;

namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>Delivery ids that are the same for every retry of one delivery and differ between deliveries.</summary>
internal static class DeliveryIds
{
    /// <summary>
    /// For a group: its key and status, and each alert's fingerprint, status and start. Alertmanager resends a group
    /// unchanged while it keeps firing (<c>repeat_interval</c>), and any real change (an alert resolving, firing
    /// again with a new start, joining or leaving) changes the id.
    /// </summary>
    public static string OfGroup(AlertSource source, string groupKey, AlertStatus status, IEnumerable<ReceivedAlert> alerts)
    {
        var text = new StringBuilder().Append(groupKey).Append('\n').Append(status).Append('\n');
        foreach (var line in alerts.Select(a => $"{a.Fingerprint} {a.Status} {a.StartsAt?.UtcTicks}").Order(StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        return $"{source.Name()}:{Digest(Encoding.UTF8.GetBytes(text.ToString()))}";
    }

    public static string OfBody(AlertSource source, ReadOnlySpan<byte> body) => $"{source.Name()}:{Digest(body)}";

    /// <summary>An id the sender gave (PagerDuty's <c>X-Webhook-Id</c>), kept to one line of at most 200 characters.</summary>
    public static string Given(AlertSource source, string id) => $"{source.Name()}:{AlertText.Line(id, 200)}";

    public static string Digest(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
