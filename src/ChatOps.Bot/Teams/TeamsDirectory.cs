using System.Collections.Concurrent;
using ChatOps.Core.Access;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Display names of the people the bot has seen, by Entra object id, learned from the activities they send and kept in
/// the database: the engine knows people by id, and cards read better with names. A display name is whatever its owner
/// typed, so it is kept and given out as <see cref="People.Plain"/> text (no control or bidi characters, one line);
/// each surface escapes its markup.
/// </summary>
public sealed class TeamsDirectory(IServiceProvider services)
{
    private const string KeyPrefix = "teams.name.";
    private readonly ConcurrentDictionary<string, string?> _names = new(StringComparer.OrdinalIgnoreCase);

    public async Task LearnAsync(string id, string name, CancellationToken ct)
    {
        name = People.Plain(name);
        if (id.Length == 0 || name.Length == 0 || await NameAsync(id, ct) == name) return;
        _names[id] = name;
        await TeamsSettings.SetAsync(services, KeyPrefix + id.ToLowerInvariant(), name, ct);
    }

    public async Task<string?> NameAsync(string id, CancellationToken ct)
    {
        if (_names.TryGetValue(id, out var known)) return known;
        var stored = await TeamsSettings.GetAsync(services, KeyPrefix + id.ToLowerInvariant(), ct);
        return _names[id] = stored is null ? null : People.Plain(stored);
    }
}
