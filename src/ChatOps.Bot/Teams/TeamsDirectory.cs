using System.Collections.Concurrent;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Display names of the people the bot has seen, by Entra object id, learned from the activities they send and kept in
/// the database: the engine knows people by id, and cards read better with names.
/// </summary>
public sealed class TeamsDirectory(IServiceProvider services)
{
    private const string KeyPrefix = "teams.name.";
    private readonly ConcurrentDictionary<string, string?> _names = new(StringComparer.OrdinalIgnoreCase);

    public async Task LearnAsync(string id, string name, CancellationToken ct)
    {
        if (id.Length == 0 || name.Length == 0 || await NameAsync(id, ct) == name) return;
        _names[id] = name;
        await TeamsSettings.SetAsync(services, KeyPrefix + id.ToLowerInvariant(), name, ct);
    }

    public async Task<string?> NameAsync(string id, CancellationToken ct)
    {
        if (_names.TryGetValue(id, out var known)) return known;
        return _names[id] = await TeamsSettings.GetAsync(services, KeyPrefix + id.ToLowerInvariant(), ct);
    }
}
