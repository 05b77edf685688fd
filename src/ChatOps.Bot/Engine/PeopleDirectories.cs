using ChatOps.Bot.Outbound;
using ChatOps.Core.Ports;

namespace ChatOps.Bot.Engine;

/// <summary>
/// The engine's directory of people: the one of the platform the unit of work came from (Slack, Teams), since the people
/// an incident stores are that platform's. The shell, and work with no platform, name people as stored.
/// </summary>
public sealed class PeopleDirectories(IEnumerable<PlatformPeople> platforms, EffectsFor unit) : IPeopleDirectory
{
    public Task<PersonName> FindAsync(string person, CancellationToken ct) =>
        (platforms.FirstOrDefault(p => p.Platform == unit.Work?.Platform)?.Directory ?? NoPeopleDirectory.Instance).FindAsync(person, ct);
}
