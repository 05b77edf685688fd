using ChatOps.Bot.Outbound;
using ChatOps.Core.Alerts;
using ChatOps.Core.Ports;
using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Persistence;

/// <summary>
/// A delivered effect's real ids replace the placeholders its incident holds, in the transaction that marks the effect
/// delivered: both are stored, or neither.
/// </summary>
public abstract class DeliveredIdsTests(IDatabaseSource databases) : StorageTest(databases)
{
    private static readonly DateTimeOffset Delivered = StorageReplica.Start.AddSeconds(2);

    [Fact]
    public async Task A_created_channel_and_a_posted_card_replace_the_incidents_placeholders()
    {
        var replica = await ReplicaAsync();
        var (channel, card) = (await AddEffectAsync(replica, EffectKind.CreateChannel), await AddEffectAsync(replica, EffectKind.Post));
        var incident = StoredIncidents.New(1, channelId: Placeholder.For(channel.Ref));
        incident.AttachCard(Placeholder.For(card.Ref));
        await replica.SaveAsync(incident);
        var bystander = StoredIncidents.New(2);
        await replica.SaveAsync(bystander);

        await replica.InScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<OutboxStore>();
            await outbox.DeliveredAsync(channel, "C0RE4L", "inc-2026-001-payments", Delivered, CancellationToken.None);
            await outbox.DeliveredAsync(card, "1700000000.000100", null, Delivered, CancellationToken.None);
        });

        var stored = (await replica.StoreAsync(s => s.FindAsync(incident.Id, CancellationToken.None)))!;
        Assert.Equal(("C0RE4L", "inc-2026-001-payments", "1700000000.000100"), (stored.ChannelId, stored.ChannelName, stored.CardMessageId));
        var untouched = (await replica.StoreAsync(s => s.FindAsync(bystander.Id, CancellationToken.None)))!;
        Assert.Equal((bystander.ChannelId, bystander.ChannelName, bystander.CardMessageId), (untouched.ChannelId, untouched.ChannelName, untouched.CardMessageId));
        Assert.Equal([EffectStatus.Delivered, EffectStatus.Delivered], await StatusesAsync(replica));
    }

    [Fact]
    public async Task A_posted_suggestion_card_replaces_the_alert_suggestions_placeholder_and_the_alerts_read_back_whole()
    {
        var replica = await ReplicaAsync();
        var card = await AddEffectAsync(replica, EffectKind.Post);
        var runbook = Runbooks.RunbookSource.LoadEmbedded().Runbook!;
        var alert = new Alert("alertmanager", true, "DiskFilling", "Disk 90% full",
            new Dictionary<string, string> { ["severity"] = "warning", ["service"] = "Checkout" }, new Dictionary<string, string> { ["runbook"] = "https://wiki/disk" },
            "fp-disk", "{}:{alertname=\"DiskFilling\"}", StorageReplica.Start.AddMinutes(-3), "http://prometheus/graph") { ActorName = "someone" };
        var suggestion = AlertSuggestion.Suggest(runbook.Alerts.RuleFor(alert)!, runbook.FindSeverity("P2")!, null, [alert], StorageReplica.Start, "incidents", StorageReplica.Start);
        suggestion.AttachCard(Placeholder.For(card.Ref));
        await replica.InScopeAsync(sp => sp.GetRequiredService<IAlertLedger>().SaveSuggestionAsync(suggestion, CancellationToken.None));

        await replica.InScopeAsync(sp => sp.GetRequiredService<OutboxStore>().DeliveredAsync(card, "1700000000.000200", null, Delivered, CancellationToken.None));

        var stored = (await replica.InScopeAsync(sp => sp.GetRequiredService<IAlertLedger>().FindSuggestionAsync(suggestion.Id, CancellationToken.None)))!;
        Assert.Equal("1700000000.000200", stored.MessageId);
        var read = Assert.Single(stored.Alerts);
        Assert.Equal((alert.Name, alert.Summary, alert.Fingerprint, alert.GroupKey, alert.StartsAt, alert.Url, alert.ActorName), (read.Name, read.Summary, read.Fingerprint, read.GroupKey, read.StartsAt, read.Url, read.ActorName));
        Assert.Equal(alert.Labels, read.Labels);
        Assert.Equal(alert.Annotations, read.Annotations);
        Assert.Equal(["alertmanager:alert:fp-disk", "alertmanager:group:{}:{alertname=\"DiskFilling\"}"], stored.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task When_the_ids_cannot_be_stored_the_effect_is_not_marked_delivered_either()
    {
        var replica = await ReplicaAsync();
        var channel = await AddEffectAsync(replica, EffectKind.CreateChannel);
        var incident = StoredIncidents.New(1, channelId: Placeholder.For(channel.Ref));
        await replica.SaveAsync(incident);

        var failure = await replica.InScopeAsync(sp =>
        {
            var failing = new FailingAfterwards(sp.GetRequiredService<IDeliveredIds>());
            var outbox = new OutboxStore(sp.GetRequiredService<ChatOpsDbContext>(), sp.GetRequiredService<SqliteWriteGate>(), failing);
            return Record.ExceptionAsync(() => outbox.DeliveredAsync(channel, "C0RE4L", "inc-2026-001", Delivered, CancellationToken.None));
        });

        Assert.IsType<InvalidOperationException>(failure);
        var stored = (await replica.StoreAsync(s => s.FindAsync(incident.Id, CancellationToken.None)))!;
        Assert.Equal(Placeholder.For(channel.Ref), stored.ChannelId);
        Assert.Equal([EffectStatus.Pending], await StatusesAsync(replica));
    }

    private static Task<OutboundEffect> AddEffectAsync(StorageReplica replica, EffectKind kind) => replica.InScopeAsync(async sp =>
    {
        var effect = new OutboundEffect
        {
            Ref = Placeholder.NewRef(), Queue = "incident-1", Kind = kind, Payload = "{}", Status = EffectStatus.Pending,
            CreatedAt = StorageReplica.Start, NextAttemptAt = StorageReplica.Start,
        };
        var db = sp.GetRequiredService<ChatOpsDbContext>();
        db.Outbox().Add(effect);
        await db.SaveChangesAsync();
        return effect;
    });

    private static Task<List<EffectStatus>> StatusesAsync(StorageReplica replica) =>
        replica.InScopeAsync(sp => sp.GetRequiredService<ChatOpsDbContext>().Outbox().OrderBy(e => e.Id).Select(e => e.Status).ToListAsync());

    /// <summary>Stores the ids, then fails: what it stored must be rolled back with the delivery.</summary>
    private sealed class FailingAfterwards(IDeliveredIds inner) : IDeliveredIds
    {
        public async Task ChannelCreatedAsync(string placeholder, string channelId, string channelName, CancellationToken ct)
        {
            await inner.ChannelCreatedAsync(placeholder, channelId, channelName, ct);
            throw new InvalidOperationException("The delivered ids could not be stored.");
        }

        public async Task MessagePostedAsync(string placeholder, string messageId, CancellationToken ct)
        {
            await inner.MessagePostedAsync(placeholder, messageId, ct);
            throw new InvalidOperationException("The delivered ids could not be stored.");
        }
    }
}
