using System.Collections.Concurrent;
using ChatOps.Bot.Protocol;
using ChatOps.Bot.Slack.Api;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Slack;

/// <summary>
/// Who people are on Slack, for the post-mortem file: a user id, or a runbook handle mapped to one, is that Slack user,
/// named as Slack shows them (users.info, cached). Someone Slack cannot name in time is named as stored.
/// </summary>
public sealed class SlackDirectory(SlackApiClient api, SlackPeople people, TimeProvider time, ILogger<SlackDirectory> logger) : IPeopleDirectory
{
    /// <summary>A name is looked up while the resolve's transaction is open, so a slow Slack must not hold it for long.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    /// <summary>How long names are not looked up after Slack failed to answer.</summary>
    public static readonly TimeSpan OutageBackoff = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly OutagePause _pause = new(time, OutageBackoff);

    public async Task<PersonName> FindAsync(string person, CancellationToken ct)
    {
        if (_pause.IsPaused)
            return SlackPeople.UserId().IsMatch(person) && _names.TryGetValue(person, out var cached) ? new PersonName(person, cached) : new PersonName(person.ToLowerInvariant(), person);
        using var timer = new CancellationTokenSource(Patience, time);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        try
        {
            if (await people.ResolveAsync(person, patience.Token) is not { } id) return new PersonName(person.ToLowerInvariant(), person);
            if (!_names.TryGetValue(id, out var name) && await api.GetUserAsync(id, patience.Token) is { } user) _names[id] = name = user.Shown;
            return new PersonName(id, name ?? person);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is SlackApiException or HttpRequestException or OperationCanceledException)
        {
            _pause.Failed(ex);
            logger.LogWarning("Could not look up the Slack name of {Person}; the post-mortem names them as stored: {Error}", person, ex.Message);
            return new PersonName(person.ToLowerInvariant(), person);
        }
    }
}
