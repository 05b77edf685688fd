using System.Text.Json;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Slack;
using ChatOps.Bot.Teams.Inbound;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Stores Teams intents in the inbox once per activity (Teams retries an activity it got no answer for within 15 s),
/// and wakes the inbox worker; or claims one that the request carries out itself.
/// </summary>
public sealed class TeamsIntake(IServiceProvider services, InboxSignal signal)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The inbox key of an activity: its id, within its conversation.</summary>
    public static string Key(TeamsActivity activity) => $"teams:{activity.Id}:{SlackIntake.Hash(activity.ConversationId)}";

    public async Task<bool> AcceptAsync(string key, TeamsIntent intent, CancellationToken ct)
    {
        var recorded = await StoreAsync(key, intent, (inbox, payload) => inbox.RecordAsync(key, TeamsPlatform.Name, intent.Kind, payload, ct));
        if (recorded) signal.Wake();
        return recorded;
    }

    /// <summary>Stores the intent as being carried out now; false when the activity was already received.</summary>
    public Task<bool> ClaimAsync(string key, TeamsIntent intent, CancellationToken ct) =>
        StoreAsync(key, intent, (inbox, payload) => inbox.ClaimAsync(key, TeamsPlatform.Name, intent.Kind, payload, ct));

    public async Task FailClaimedAsync(string key, string error, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Inbox>().FailClaimedAsync(key, error, ct);
    }

    private async Task<bool> StoreAsync(string key, TeamsIntent intent, Func<Inbox, string, Task<bool>> store)
    {
        await using var scope = services.CreateAsyncScope();
        return await store(scope.ServiceProvider.GetRequiredService<Inbox>(), JsonSerializer.Serialize(intent, Json));
    }
}
