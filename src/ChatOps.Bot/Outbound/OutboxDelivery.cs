using System.Text.Json;
using ChatOps.Core.Ports;
using ChatOps.Bot.Observability;
using ChatOps.Bot.Protocol;

namespace ChatOps.Bot.Outbound;

/// <summary>
/// Delivers one claimed effect through the real chat platform: resolves placeholders from the effects that produced
/// them, calls the platform, and records the outcome (delivered with its result, retry later, or parked).
/// </summary>
public sealed class OutboxDelivery(
    OutboxStore store,
    DeliveryPlatforms platforms,
    OutboxOptions options,
    TimeProvider time,
    OutboxMetrics metrics,
    PageDelivery pages,
    EmailDelivery email,
    StatuspageDelivery statuspage,
    ILogger<OutboxDelivery> logger)
{
    public async Task DeliverAsync(OutboundEffect effect, CancellationToken ct)
    {
        using var span = BotActivity.Source.StartActivity("outbox delivery");
        span?.SetTag("chatops.effect.id", effect.Id);
        span?.SetTag("chatops.effect.kind", effect.Kind.ToString());
        span?.SetTag("chatops.effect.attempt", effect.Attempts + 1);
        var args = JsonSerializer.Deserialize<EffectArgs>(effect.Payload, OutboxPlatform.Json)
                   ?? throw new InvalidOperationException($"Outbox effect {effect.Id} has an empty payload.");
        if (effect.Kind == EffectKind.Page)
        {
            await pages.DeliverAsync(effect, args.Page ?? throw new InvalidOperationException($"Outbox effect {effect.Id} is a page without one."), ct);
            return;
        }
        if (effect.Kind == EffectKind.Email)
        {
            await email.DeliverAsync(effect, args.Mail ?? throw new InvalidOperationException($"Outbox effect {effect.Id} is an email without one."), ct);
            return;
        }
        if (effect.Kind == EffectKind.StatusPage)
        {
            await statuspage.DeliverAsync(effect, args.StatusPage ?? throw new InvalidOperationException($"Outbox effect {effect.Id} is a Statuspage push without one."), ct);
            return;
        }
        var (resolved, queueChannel, blocker) = await ResolveAsync(effect, args, ct);
        if (blocker is not null)
        {
            logger.LogError("Outbox effect {Id} ({Kind}) parked: {Error}", effect.Id, effect.Kind, blocker);
            await store.FailedAsync(effect, blocker, retryAt: null, ct);
            Outcome(resolved.Platform is { Length: > 0 } named ? named : "unknown", OutboxMetrics.Parked);
            return;
        }

        // A paced platform books the effect's slot and sends it only once that slot has come (and then without waiting).
        // A post to another channel than its queue's (the announcement that follows its incident's channel) has what it
        // waited for, the channel: it waits for its slot in a queue of its own, not at the head of the incident's queue,
        // where everything later in the incident's channel would wait for a busy announce channel too.
        var route = platforms.Route(resolved.Platform, resolved.Channel);
        var platform = route.Platform;
        if (platform is IDeliveryPacing pacing && resolved.Channel is { } channel && pacing.BookDelivery(effect.Kind, channel, effect.Ref) is var slot && slot > TimeSpan.Zero)
        {
            await store.HoldAsync(effect, time.GetUtcNow() + slot, channel == queueChannel ? null : OutboxQueues.Held(effect.Ref), ct);
            span?.SetTag("chatops.effect.outcome", "held");
            return;
        }

        try
        {
            var (id, name) = (effect.Uncertain ? await EarlierOutcomeAsync(platform, effect, resolved, ct) : null) ?? await CallAsync(platform, effect, resolved, ct);
            await store.DeliveredAsync(effect, id, name, time.GetUtcNow(), ct);
            Outcome(route.Name, OutboxMetrics.Delivered);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var attempts = effect.Attempts + 1;
            var delay = RetryPolicy.NextDelay(failure, attempts, options);
            if (delay is { } wait)
                logger.LogWarning("Outbox effect {Id} ({Kind}) failed (attempt {Attempt}); retrying in {Delay}: {Error}", effect.Id, effect.Kind, attempts, wait, failure.Message);
            else
                logger.LogError("Outbox effect {Id} ({Kind}) parked after {Attempt} attempt(s): {Error}", effect.Id, effect.Kind, attempts, failure.Message);
            await store.FailedAsync(effect, failure.Message, delay is { } d ? time.GetUtcNow() + d : null, CancellationToken.None);
            Outcome(route.Name, delay is null ? OutboxMetrics.Parked : OutboxMetrics.Retry);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, failure.Message);
        }

        void Outcome(string on, string outcome)
        {
            metrics.Attempted(on, outcome);
            span?.SetTag("chatops.platform", on);
            span?.SetTag("chatops.effect.outcome", outcome);
        }
    }

    /// <summary>
    /// What an attempt that was cut off already did: the channel it created, the message it posted. Null when it
    /// did nothing visible (or the platform cannot tell), so the effect is delivered normally.
    /// </summary>
    private async Task<(string? Id, string? Name)?> EarlierOutcomeAsync(IChatPlatform platform, OutboundEffect effect, EffectArgs args, CancellationToken ct)
    {
        if (platform is not IRedeliveryCheck check) return null;
        switch (effect.Kind)
        {
            case EffectKind.CreateChannel when await check.FindCreatedChannelAsync(args.Name!, ct) is { } channel:
                logger.LogWarning("Outbox effect {Id}: the channel {Name} already exists from an interrupted attempt; using it", effect.Id, channel.Name);
                return (channel.Id, channel.Name);
            case EffectKind.Post when await check.FindPostedMessageAsync(args.Channel!, args.Message!, ct) is { } message:
                logger.LogWarning("Outbox effect {Id}: the message was already posted by an interrupted attempt; using it", effect.Id);
                return (message, null);
            default:
                return null;
        }
    }

    private static async Task<(string? Id, string? Name)> CallAsync(IChatPlatform platform, OutboundEffect effect, EffectArgs args, CancellationToken ct)
    {
        switch (effect.Kind)
        {
            case EffectKind.CreateChannel:
                var channel = await platform.CreateChannelAsync(new ChannelRequest(args.Name!, args.Private, args.Topic ?? "", args.Owner ?? args.Actor ?? ""), ct);
                return (channel.Id, channel.Name);
            case EffectKind.Invite:
                await platform.InviteAsync(args.Channel!, args.People ?? [], ct);
                return (null, null);
            case EffectKind.Post:
                return (await platform.PostAsync(args.Channel!, args.Message!, ct), null);
            case EffectKind.Update:
                await platform.UpdateAsync(args.Channel!, args.MessageId!, args.Message!, ct);
                return (null, null);
            case EffectKind.Pin:
                await platform.PinAsync(args.Channel!, args.MessageId!, ct);
                return (null, null);
            case EffectKind.Upload:
                await platform.UploadAsync(args.Channel!, args.File!, ct);
                return (null, null);
            default:
                throw new InvalidOperationException($"Unknown outbox effect kind {effect.Kind}.");
        }
    }

    /// <summary>The channel a queue delivers to once resolved: the channel its creator made, or the one it is named after.</summary>
    private static string? QueueChannel(string queue, Dictionary<string, string> ids) =>
        ids.TryGetValue(queue, out var created) ? created : OutboxQueues.ChannelOf(queue);

    /// <summary>
    /// Replaces placeholders with the ids their effects produced; a parked or missing producer blocks for good. The
    /// channel a queue is named after must exist too, so an announcement never points at a channel that never came.
    /// </summary>
    private async Task<(EffectArgs Args, string? QueueChannel, string? Blocker)> ResolveAsync(OutboundEffect effect, EffectArgs args, CancellationToken ct)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var needed = args.Placeholders().Append(effect.Queue).Where(p => Placeholder.Is(p) && p != Placeholder.For(effect.Ref)).Distinct();
        foreach (var placeholder in needed)
        {
            var producer = await store.FindByRefAsync(Placeholder.RefOf(placeholder), ct);
            if (producer is not { Status: EffectStatus.Delivered, ResultId: { } id })
                return (args, null, producer is null
                    ? $"it needs {placeholder}, which no effect produces"
                    : $"it needs the result of effect {producer.Id} ({producer.Kind}), which was {producer.Status.ToString().ToLowerInvariant()}: {producer.LastError}");
            ids[placeholder] = id;
        }
        string? Map(string? id) => id is not null && ids.TryGetValue(id, out var real) ? real : id;
        return (args with { Channel = Map(args.Channel), MessageId = Map(args.MessageId) }, QueueChannel(effect.Queue, ids), null);
    }
}
