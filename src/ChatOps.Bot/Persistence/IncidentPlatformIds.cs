using ChatOps.Bot.Outbound;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>
/// Puts a delivered channel's and card's real ids into the incident that still holds the placeholder (its channel id
/// and name, its card's message id), and a suggestion card's into its alert suggestion, in the outbox's delivery
/// transaction on the same context.
/// </summary>
public sealed class IncidentPlatformIds(ChatOpsDbContext db) : IDeliveredIds
{
    public Task ChannelCreatedAsync(string placeholder, string channelId, string channelName, CancellationToken ct) =>
        db.Incidents.Where(i => i.ChannelId == placeholder).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.ChannelId, channelId)
            .SetProperty(i => i.ChannelName, channelName), ct);

    public async Task MessagePostedAsync(string placeholder, string messageId, CancellationToken ct)
    {
        await db.Incidents.Where(i => i.CardMessageId == placeholder).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.CardMessageId, messageId), ct);
        await db.AlertSuggestions.Where(s => s.MessageId == placeholder).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.MessageId, messageId), ct);
    }
}
