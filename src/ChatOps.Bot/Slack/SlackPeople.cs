using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.BlockKit;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack;

/// <summary>
/// Resolves the people a runbook names to Slack user ids: a Slack id as is, an email by <c>users.lookupByEmail</c>,
/// and any other handle through <c>Slack__People__handle</c> (an id or an email). Unknown handles stay plain text.
/// </summary>
public sealed partial class SlackPeople(SlackApiClient api, IOptions<SlackOptions> options, ILogger<SlackPeople> logger)
{
    private readonly ConcurrentDictionary<string, string?> _resolved = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$")]
    public static partial Regex UserId();

    public async Task<string?> ResolveAsync(string handle, CancellationToken ct)
    {
        handle = handle.Trim().TrimStart('@');
        if (UserId().IsMatch(handle)) return handle;
        if (_resolved.TryGetValue(handle, out var known)) return known;
        var target = options.Value.People.TryGetValue(handle, out var configured) ? configured : handle;
        string? id = UserId().IsMatch(target) ? target
            : target.Contains('@') ? await api.LookupUserByEmailAsync(target, ct)
            : null;
        if (id is null) logger.LogWarning("No Slack user for '{Handle}': set Slack__People__{Handle} to a user id or email", handle, handle);
        else _seen[id] = true;
        _resolved[handle] = id;
        return id;
    }

    public async Task<List<string>> ResolveAllAsync(IEnumerable<string> handles, CancellationToken ct)
    {
        var ids = new List<string>();
        foreach (var handle in handles)
            if (await ResolveAsync(handle, ct) is { } id && !ids.Contains(id)) ids.Add(id);
        return ids;
    }

    /// <summary>
    /// The runbook handles that stand for a Slack user (<c>Slack__People__cto=cto@example.com</c> makes the CTO's user
    /// id also "cto"), so runbook rules written with handles (admins, participants invited by handle) recognise them.
    /// Lookups are cached; a handle Slack cannot resolve is skipped.
    /// </summary>
    public async Task<IReadOnlyList<string>> HandlesOfAsync(string userId, CancellationToken ct)
    {
        var handles = new List<string>();
        foreach (var handle in options.Value.People.Keys)
        {
            try
            {
                if (string.Equals(await ResolveAsync(handle, ct), userId, StringComparison.OrdinalIgnoreCase)) handles.Add(handle);
            }
            catch (SlackApiException ex)
            {
                logger.LogWarning("Could not resolve '{Handle}' while checking who {User} is: {Error}", handle, userId, ex.Error);
            }
        }
        return handles;
    }

    /// <summary>Who acted, with the handles they are known by in the runbook.</summary>
    public async Task<Core.Commands.CommandContext> ContextAsync(string userId, string channel, CancellationToken ct)
    {
        if (UserId().IsMatch(userId)) _seen[userId] = true;
        return new(userId, channel, SlackPlatform.Name, await HandlesOfAsync(userId, ct));
    }

    /// <summary>Whether <paramref name="id"/> is a user this bot has seen act or looked up, so it is a person even when it looks like a word.</summary>
    public bool IsKnownUser(string id) => _seen.ContainsKey(id);

    /// <summary>
    /// How to mention someone: <c>&lt;@U123&gt;</c> when they are a known user, else their handle as inert text
    /// (<see cref="SlackText.Person"/>): whatever a handle holds, it never pings, links or reorders the line.
    /// </summary>
    public string Mention(string handle) =>
        UserId().IsMatch(handle) ? $"<@{handle}>"
        : _resolved.TryGetValue(handle, out var id) && id is not null && UserId().IsMatch(id) ? $"<@{id}>"
        : "@" + SlackText.Person(handle.Trim().TrimStart('@'));
}
