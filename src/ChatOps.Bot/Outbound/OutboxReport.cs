using ChatOps.Bot.Persistence;
using ChatOps.Core;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Outbound;

/// <summary>Lists an incident's effects that are being retried or were parked, for <c>/incident status</c>.</summary>
public sealed class OutboxReport(ChatOpsDbContext db) : IDeliveryReport
{
    public async Task<IReadOnlyList<string>> ProblemsAsync(string channelId, CancellationToken ct)
    {
        var creator = Placeholder.Is(channelId)
            ? null
            : await db.Outbox().Where(e => e.Kind == EffectKind.CreateChannel && e.ResultId == channelId).Select(e => e.Ref).FirstOrDefaultAsync(ct);
        var queue = Placeholder.Is(channelId) ? channelId : creator is not null ? Placeholder.For(creator) : OutboxQueues.ForChannel(channelId);
        var troubled = await db.Outbox().AsNoTracking()
            .Where(e => e.Queue == queue && (e.Status == EffectStatus.Parked || (e.Status == EffectStatus.Pending && e.Attempts > 0)))
            .OrderBy(e => e.Id)
            .ToListAsync(ct);
        return troubled.Select(Describe).ToList();
    }

    public static string Describe(OutboundEffect e) =>
        e.Status == EffectStatus.Parked
            ? $"Not delivered: {What(e.Kind)} (#{e.Id}) gave up after {e.Attempts} attempt(s): {e.LastError}"
            : $"Retrying: {What(e.Kind)} (#{e.Id}), {e.Attempts} failed attempt(s), next at {Clock.FormatPrecise(e.NextAttemptAt)}: {e.LastError}";

    private static string What(EffectKind kind) => kind switch
    {
        EffectKind.CreateChannel => "create the channel",
        EffectKind.Invite => "invite people",
        EffectKind.Post => "post a message",
        EffectKind.Update => "update the card",
        EffectKind.Pin => "pin the card",
        EffectKind.Upload => "upload a file",
        EffectKind.Page => "send a page",
        _ => kind.ToString(),
    };
}
