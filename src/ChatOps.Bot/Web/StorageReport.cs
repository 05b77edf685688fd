using ChatOps.Bot.Persistence;

namespace ChatOps.Bot.Web;

/// <summary>How writes to the database are going, as <c>/healthz</c> and <c>/readyz</c> show it.</summary>
public static class StorageReport
{
    /// <summary><c>writes</c> is "ok" or "failing"; the times are ISO 8601 UTC, absent when nothing happened yet.</summary>
    public static Dictionary<string, object> Data(StorageWriteState state)
    {
        var data = new Dictionary<string, object> { ["writes"] = state.Failing ? "failing" : "ok" };
        if (state.FailingSince is { } since) data["failingSince"] = Time(since);
        if (state.LastError is { } error) data["lastError"] = error;
        if (state.LastFailedAt is { } failed) data["lastFailedAt"] = Time(failed);
        if (state.LastSucceededAt is { } succeeded) data["lastSucceededAt"] = Time(succeeded);
        return data;
    }

    /// <summary>A moment as ISO 8601 in UTC: <c>2026-03-14T09:00:00.0000000Z</c>.</summary>
    public static string Time(DateTimeOffset moment) => moment.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}
