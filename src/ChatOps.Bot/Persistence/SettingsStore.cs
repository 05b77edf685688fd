using Microsoft.EntityFrameworkCore;

namespace ChatOps.Bot.Persistence;

/// <summary>Reads and writes named settings kept in the database.</summary>
public sealed class SettingsStore(ChatOpsDbContext db, SqliteWriteGate writes)
{
    public async Task<string?> GetAsync(string key, CancellationToken ct = default) =>
        (await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, ct))?.Value;

    public Task SetAsync(string key, string value, CancellationToken ct = default) => writes.RunAsync(async () =>
    {
        var row = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (row is null) db.Settings.Add(new SettingRow { Key = key, Value = value });
        else row.Value = value;
        await db.SaveChangesAsync(ct);
    }, ct);
}
