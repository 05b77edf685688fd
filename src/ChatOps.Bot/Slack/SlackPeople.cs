using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Protocol;
using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.BlockKit;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack;

/// <summary>
/// Resolves the people a runbook names to Slack user ids: a Slack id as is, an email by <c>users.lookupByEmail</c>,
/// and any other handle through <c>Slack__People__handle</c> (an id or an email). Unknown handles stay plain text.
/// A lookup runs once however many ask for it at the same time, and on its own: someone who stops waiting (a request
/// that must be acknowledged) leaves it running, and its answer is kept for the next. A lookup Slack failed to answer
/// is not asked again for <see cref="FailureMemory"/>: with Slack down, nobody waits for each handle's timeout.
/// </summary>
public sealed partial class SlackPeople(SlackApiClient api, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackPeople> logger)
{
    /// <summary>How long a lookup Slack failed to answer is answered with that failure instead of asking again.</summary>
    public static readonly TimeSpan FailureMemory = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, string?> _resolved = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _lookups = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, Exception Failure)> _failed = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$")]
    public static partial Regex UserId();

    /// <summary>The runbook handles mapped to Slack users (<c>Slack__People__*</c>).</summary>
    public IReadOnlyCollection<string> Mapped => options.Value.People.Keys;

    /// <summary>The user id of <paramref name="handle"/>, or null when Slack has nobody by it; throws when Slack did not answer.</summary>
    public async Task<string?> ResolveAsync(string handle, CancellationToken ct)
    {
        handle = handle.Trim().TrimStart('@');
        if (UserId().IsMatch(handle)) return handle;
        if (_resolved.TryGetValue(handle, out var known)) return known;
        var target = options.Value.People.TryGetValue(handle, out var configured) ? configured : handle;
        if (UserId().IsMatch(target)) return Remember(handle, target);
        if (!target.Contains('@')) return Remember(handle, null);
        if (_failed.TryGetValue(handle, out var failed) && time.GetUtcNow() < failed.Until)
            throw new SlackApiException(SlackMethods.UsersLookupByEmail, "timeout", null, inner: failed.Failure);
        var lookup = _lookups.GetOrAdd(handle, h => new Lazy<Task<string?>>(() => LookupAsync(h, target)));
        _ = lookup.Value.ContinueWith(_ => _lookups.TryRemove(KeyValuePair.Create(handle, lookup)), TaskScheduler.Default);
        return await lookup.Value.WaitAsync(ct);
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
    /// id also "cto"), so runbook rules written with handles (admins, participants invited by handle) recognise them;
    /// waits at most <paramref name="patience"/> for Slack. Not <see cref="SlackIdentity.Sure"/> when a handle could
    /// not be looked up in that time: the user might be that person.
    /// </summary>
    public async Task<SlackIdentity> IdentifyAsync(string userId, TimeSpan patience, CancellationToken ct)
    {
        if (UserId().IsMatch(userId)) _seen[userId] = true;
        var lookups = Mapped.Select(handle => (Handle: handle, Id: ResolveAsync(handle, CancellationToken.None))).ToList();
        var all = Task.WhenAll(lookups.Select(l => l.Id));
        try
        {
            await all.WaitAsync(patience, ct);
        }
        catch (Exception ex) when (ex is TimeoutException || all.IsFaulted)
        {
            // Some lookups did not answer in time or failed; those that did are used below.
        }
        var handles = new List<string>();
        var unsure = new List<string>();
        foreach (var (handle, id) in lookups)
        {
            if (id.IsCompletedSuccessfully)
            {
                if (string.Equals(id.Result, userId, StringComparison.OrdinalIgnoreCase)) handles.Add(handle);
            }
            else if (id.IsFaulted && id.Exception.GetBaseException() is var failure && !PlatformOutage.Is(failure))
            {
                // Slack answered, and will answer the same again (a missing scope): the handle stands for nobody.
                logger.LogWarning("Could not resolve '{Handle}' while checking who {User} is: {Error}", handle, userId, failure.Message);
                Remember(handle, null);
            }
            else unsure.Add(handle);
        }
        return new SlackIdentity(handles, unsure);
    }

    /// <summary>What a person is told when their request waits for Slack to say who they are; null when it need not.</summary>
    public static Core.Commands.CommandReply? WhileUnsure(SlackIdentity identity) => identity.Sure ? null : new(
        "Slack is slow to tell me who you are, so I have saved your request and will carry it out as soon as it answers; the answer will appear here.");

    /// <summary>How long carrying out an intent waits for Slack to say who someone is, before trying again later.</summary>
    public static readonly TimeSpan WorkerPatience = TimeSpan.FromSeconds(5);

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

    private async Task<string?> LookupAsync(string handle, string email)
    {
        try
        {
            // Not the asker's token: whoever stops waiting, the answer is still worth keeping.
            return Remember(handle, await api.LookupUserByEmailAsync(email, CancellationToken.None));
        }
        catch (Exception ex) when (PlatformOutage.Is(ex))
        {
            _failed[handle] = (time.GetUtcNow() + FailureMemory, ex);
            logger.LogWarning("Could not look up the Slack user of '{Handle}' ({Error}); asking again in {Memory}", handle, ex.Message, FailureMemory);
            throw;
        }
    }

    private string? Remember(string handle, string? id)
    {
        if (id is null && !_resolved.ContainsKey(handle))
            logger.LogWarning("No Slack user for '{Handle}': set Slack__People__{Handle} to a user id or email", handle, handle);
        else if (id is not null) _seen[id] = true;
        _resolved[handle] = id;
        _failed.TryRemove(handle, out _);
        return id;
    }
}
