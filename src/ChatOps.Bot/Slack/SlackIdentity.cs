using ChatOps.Core.Commands;

namespace ChatOps.Bot.Slack;

/// <summary>
/// The runbook handles a Slack user is known by, and the mapped handles Slack has not yet said whether they are
/// (<see cref="Unsure"/>): until it has, the user might be one of them, so nothing is refused on what they lack.
/// </summary>
public sealed record SlackIdentity(IReadOnlyList<string> Handles, IReadOnlyList<string> Unsure)
{
    public bool Sure => Unsure.Count == 0;

    public CommandContext Context(string userId, string channel) => new(userId, channel, SlackPlatform.Name, Handles);
}
