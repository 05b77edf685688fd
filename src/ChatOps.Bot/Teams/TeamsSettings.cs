using ChatOps.Bot.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Teams;

/// <summary>What the Teams adapter keeps in the settings table (the service URL, people's names), each call in its own scope.</summary>
internal static class TeamsSettings
{
    public static async Task<string?> GetAsync(IServiceProvider services, string key, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SettingsStore>().GetAsync(key, ct);
    }

    public static async Task SetAsync(IServiceProvider services, string key, string value, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var scope = services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetAsync(key, value, ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Two activities stored the same new key at the same moment; the second try updates the row.
            }
        }
    }
}
