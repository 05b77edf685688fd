using System.Collections.Concurrent;
using ChatOps.Bot.Protocol;
using ChatOps.Bot.Teams.Connector;
using ChatOps.Bot.Teams.Graph;
using ChatOps.Core.Ports;
using ChatOps.Core.Access;

namespace ChatOps.Bot.Teams;

/// <summary>
/// Who people are on Teams, for the post-mortem file: an Entra object id, a user principal name, or a runbook handle
/// mapped to one (<c>Teams__People__handle</c>) is that person, named by what their activities told the bot
/// (<see cref="TeamsDirectory"/>) or else by Microsoft Graph (cached). Someone neither can name is named as stored.
/// Every name is <see cref="People.Plain"/> text; the post-mortem escapes its Markdown.
/// </summary>
public sealed class TeamsNames(TeamsPeople people, TeamsDirectory directory, GraphClient graph, TimeProvider time, ILogger<TeamsNames> logger) : IPeopleDirectory
{
    /// <summary>
    /// A name is looked up while the resolve's unit of work holds the engine and the database's write turn, which the
    /// requests Teams and Slack want answered within 3 seconds wait for: a slow Graph must not hold them for long.
    /// Wall-clock time, as a network timeout is.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, PersonName> _found = new(StringComparer.OrdinalIgnoreCase);
    private readonly OutagePause _pause = new(time, TimeSpan.FromMinutes(1));

    public async Task<PersonName> FindAsync(string person, CancellationToken ct)
    {
        if (await people.ResolveAsync(person, ct) is not { } user) return new PersonName(person.ToLowerInvariant(), People.Plain(person));
        if (_found.TryGetValue(user.Id, out var known)) return known;
        if (TeamsPeople.ObjectId().IsMatch(user.Id) && await directory.NameAsync(user.Id, ct) is { } seen)
            return new PersonName(user.Id.ToLowerInvariant(), seen);
        if (_pause.IsPaused) return new PersonName(user.Id.ToLowerInvariant(), People.Plain(person));
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(Patience);
        try
        {
            if (await graph.FindUserAsync(user.Id, patience.Token) is { } found)
                return _found[user.Id] = new PersonName(found.Id.ToLowerInvariant(), People.Plain(found.DisplayName));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is TeamsApiException or HttpRequestException or OperationCanceledException)
        {
            _pause.Failed(ex);
            logger.LogWarning("Could not read the name of {Person} from Microsoft Graph (it needs User.ReadBasic.All); the post-mortem names them as stored: {Error}", person, ex.Message);
        }
        return new PersonName(user.Id.ToLowerInvariant(), People.Plain(person));
    }
}
