using System.Text.Json;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Messaging;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// The engine's chat platform in the web host: every call becomes an <see cref="OutboundEffect"/> row written
/// inside the unit of work's transaction, so an effect exists exactly when the state change that caused it was
/// committed. Ids of channels and messages that do not exist yet are placeholders (<see cref="Placeholder"/>).
/// Pages are recorded the same way, each pager of an incident in its own queue (<see cref="PageQueue"/>), so
/// trigger, acknowledge and resolve go out in order and never wait behind the chat platform.
/// </summary>
public sealed class OutboxPlatform(ChatOpsDbContext db, SqliteWriteGate writes, TimeProvider time, OutboxSignal signal, EffectsFor effectsFor) : IChatPlatform, IPager, IStatusPageSync
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, string> _queues = new(StringComparer.Ordinal);
    private string? _lastQueue;

    /// <summary>How many effects this unit of work recorded.</summary>
    public int Recorded { get; private set; }

    public async Task<ChatChannel> CreateChannelAsync(ChannelRequest request, CancellationToken ct)
    {
        var reference = Placeholder.NewRef();
        var channel = Placeholder.For(reference);
        await RecordAsync(reference, channel, EffectKind.CreateChannel, new EffectArgs(Name: request.Name, Private: request.IsPrivate, Topic: request.Topic, Owner: request.Owner), ct);
        return new ChatChannel(channel, request.Name);
    }

    public Task InviteAsync(string channelId, IReadOnlyList<string> people, CancellationToken ct) =>
        RecordAsync(channelId, EffectKind.Invite, new EffectArgs(channelId, People: people), ct);

    public async Task<string> PostAsync(string channelId, ChatMessage message, CancellationToken ct)
    {
        var reference = Placeholder.NewRef();
        await RecordAsync(reference, await QueueOfAsync(channelId, ct), EffectKind.Post, new EffectArgs(channelId, Message: message), ct);
        return Placeholder.For(reference);
    }

    public Task UpdateAsync(string channelId, string messageId, ChatMessage message, CancellationToken ct) =>
        RecordAsync(channelId, EffectKind.Update, new EffectArgs(channelId, Message: message, MessageId: messageId), ct);

    public Task PinAsync(string channelId, string messageId, CancellationToken ct) =>
        RecordAsync(channelId, EffectKind.Pin, new EffectArgs(channelId, MessageId: messageId), ct);

    public Task UploadAsync(string channelId, FileAttachment file, CancellationToken ct) =>
        RecordAsync(channelId, EffectKind.Upload, new EffectArgs(channelId, File: file), ct);

    /// <summary>Not a chat queue: an announcement that follows never joins it (see <see cref="QueueOfAsync"/>).</summary>
    public Task PageAsync(PageRequest request, CancellationToken ct) =>
        RecordAsync(Placeholder.NewRef(), PageQueue(request), EffectKind.Page, new EffectArgs(Page: request), ct, chatQueue: false);

    /// <summary>An email: its own queue (<c>email:INC-2026-001-c3</c>), so one address that fails holds up no other message.</summary>
    public Task MailAsync(MailRequest request, CancellationToken ct) =>
        RecordAsync(Placeholder.NewRef(), "email:" + request.Id, EffectKind.Email, new EffectArgs(Mail: request), ct, chatQueue: false);

    /// <summary>
    /// A push to Atlassian Statuspage (registered as <see cref="IStatusPageSync"/> only when the sync is configured): one
    /// queue per public incident (<c>statuspage:PUBLICID</c>) so its pushes go out in order (see <see cref="StatuspageDelivery"/>).
    /// </summary>
    public Task PushAsync(StatusPagePush push, CancellationToken ct) =>
        RecordAsync(Placeholder.NewRef(), "statuspage:" + push.PublicId, EffectKind.StatusPage, new EffectArgs(StatusPage: push), ct, chatQueue: false);

    /// <summary><c>page:INC-2026-001:primary</c>: one queue per incident and pager.</summary>
    public static string PageQueue(PageRequest request) => $"page:{request.IncidentNumber}:{request.Pager.Name}";

    private async Task RecordAsync(string channelId, EffectKind kind, EffectArgs args, CancellationToken ct) =>
        await RecordAsync(Placeholder.NewRef(), await QueueOfAsync(channelId, ct), kind, args, ct);

    /// <summary>Saved at once (inside the unit of work's transaction) so ids follow the order of the calls.</summary>
    private async Task RecordAsync(string reference, string queue, EffectKind kind, EffectArgs args, CancellationToken ct, bool chatQueue = true)
    {
        if (effectsFor.Work is { } work)
            args = args with { Platform = work.Platform.Length > 0 ? work.Platform : null, Actor = work.Actor };
        var now = time.GetUtcNow();
        db.Outbox().Add(new OutboundEffect
        {
            Ref = reference,
            Queue = queue,
            Kind = kind,
            Payload = JsonSerializer.Serialize(args, Json),
            Status = EffectStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        });
        await writes.RunAsync(() => db.SaveChangesAsync(ct), ct);
        if (chatQueue) _lastQueue = queue;
        Recorded++;
        // Inside a unit of work the worker is woken after the commit (see EngineServices.WithEngineAsync).
        if (db.Database.CurrentTransaction is null) signal.Wake();
    }

    /// <summary>
    /// One queue per incident channel, named after the effect that created it, so effects recorded before and
    /// after the channel existed stay in one order. A channel the bot did not create (the announce channel)
    /// follows the incident this unit of work is about, so an announcement never overtakes its channel.
    /// </summary>
    private async Task<string> QueueOfAsync(string channelId, CancellationToken ct)
    {
        if (Placeholder.Is(channelId)) return channelId;
        if (_queues.TryGetValue(channelId, out var known)) return known;
        var creator = await db.Outbox()
            .Where(e => e.Kind == EffectKind.CreateChannel && e.ResultId == channelId)
            .Select(e => e.Ref)
            .FirstOrDefaultAsync(ct);
        var queue = creator is not null ? Placeholder.For(creator) : _lastQueue ?? OutboxQueues.ForChannel(channelId);
        if (creator is not null) _queues[channelId] = queue;
        return queue;
    }
}
