using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatOps.Bot.Hosting;
using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Slack;

/// <summary>Stores a Slack intent in the inbox (once per key) and wakes the inbox worker.</summary>
public sealed class SlackIntake(IServiceProvider services, InboxSignal signal)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> AcceptAsync(string dedupeKey, SlackIntent intent, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var recorded = await scope.ServiceProvider.GetRequiredService<Inbox>()
            .RecordAsync(dedupeKey, SlackPlatform.Name, intent.Kind, JsonSerializer.Serialize(intent, Json), ct);
        if (recorded) signal.Wake();
        return recorded;
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}
