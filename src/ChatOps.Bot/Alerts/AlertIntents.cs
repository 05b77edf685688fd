using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatOps.Bot.Inbound;

namespace ChatOps.Bot.Alerts;

/// <summary>
/// How a verified notification waits in the inbox: an event of the <c>alerts</c> front end, by its source, with when it
/// was received and its alerts as JSON; its inbox key is the delivery id, so a retried delivery is stored once.
/// </summary>
public static class AlertIntents
{
    /// <summary>The event type of a received notification.</summary>
    public const string Received = "alerts_received";

    private const string ReceivedAtKey = "received_at";
    private const string AlertsKey = "alerts";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The inbox key: the same for every retry of one delivery (see <see cref="ReceivedNotification.DeliveryId"/>).</summary>
    public static string Key(ReceivedNotification notification) => $"alerts:{notification.DeliveryId}";

    public static InboundIntent Of(ReceivedNotification notification, DateTimeOffset receivedAt) =>
        InboundIntent.Raised(notification.Source.Name(), "", Received, new Dictionary<string, string>
        {
            [ReceivedAtKey] = receivedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            [AlertsKey] = JsonSerializer.Serialize(notification.Alerts, Json),
        });

    /// <summary>When the stored notification was received and its alerts; null for an event that is not one.</summary>
    public static (DateTimeOffset ReceivedAt, IReadOnlyList<ReceivedAlert> Alerts)? Read(InboundIntent intent)
    {
        if (intent.EventType != Received || intent.DataValue(ReceivedAtKey) is not { } at || intent.DataValue(AlertsKey) is not { } alerts) return null;
        var receivedAt = DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return (receivedAt, JsonSerializer.Deserialize<List<ReceivedAlert>>(alerts, Json) ?? []);
    }
}
