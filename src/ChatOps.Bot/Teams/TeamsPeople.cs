using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ChatOps.Core.Access;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Resolves the people a runbook names to Entra users: an object id (a GUID) as is, a user principal name or email as
/// is, any other handle through <c>Teams__People__handle</c> (an object id or UPN). Unknown handles stay plain text
/// (logged once, naming the variable to set).
/// </summary>
public sealed partial class TeamsPeople(TeamsDirectory directory, IOptions<TeamsOptions> options, ILogger<TeamsPeople> logger)
{
    private readonly ConcurrentDictionary<string, bool> _warned = new(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    public static partial Regex ObjectId();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b")]
    public static partial Regex ObjectIdInText();

    public async Task<TeamsPerson?> ResolveAsync(string handle, CancellationToken ct)
    {
        handle = handle.Trim().TrimStart('@');
        if (handle.Length == 0) return null;
        var target = ObjectId().IsMatch(handle) || handle.Contains('@') ? handle
            : options.Value.People.TryGetValue(handle, out var configured) && configured.Length > 0 ? configured.Trim()
            : null;
        if (target is null)
        {
            if (_warned.TryAdd(handle, true))
                logger.LogWarning("No Teams user for '{Handle}': set Teams__People__{Handle} to an Entra object id or user principal name", handle, handle);
            return null;
        }
        var name = ObjectId().IsMatch(target) ? await directory.NameAsync(target, ct) : null;
        return new TeamsPerson(target, name ?? (ObjectId().IsMatch(handle) ? "teammate" : People.Plain(handle)));
    }

    public async Task<List<TeamsPerson>> ResolveAllAsync(IEnumerable<string> handles, CancellationToken ct)
    {
        var people = new List<TeamsPerson>();
        foreach (var handle in handles)
            if (await ResolveAsync(handle, ct) is { } person && people.All(p => !string.Equals(p.Id, person.Id, StringComparison.OrdinalIgnoreCase)))
                people.Add(person);
        return people;
    }

    /// <summary>
    /// Who acted, with the runbook handles they are known by: every <c>Teams__People__handle</c> set to their object id
    /// (or, when Teams sent it, their user principal name), so access rules and roles written with handles apply.
    /// </summary>
    public Core.Commands.CommandContext Context(string actor, string channel) =>
        new(actor, channel, TeamsPlatform.Name,
            options.Value.People.Where(p => string.Equals(p.Value.Trim(), actor, StringComparison.OrdinalIgnoreCase)).Select(p => p.Key).ToList());

    /// <summary>Text with the object ids of people the bot knows replaced by their names.</summary>
    public async Task<string> HumaniseAsync(string text, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var names = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ObjectIdInText().Matches(text).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase))
            names[id] = await directory.NameAsync(id, ct);
        return names.Count == 0 ? text : ObjectIdInText().Replace(text, m => names[m.Value] ?? m.Value);
    }
}
