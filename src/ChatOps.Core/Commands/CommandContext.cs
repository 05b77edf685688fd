namespace ChatOps.Core.Commands;

/// <summary>
/// Who acted, from which platform, in which channel (a command in an incident channel applies to that incident).
/// <see cref="Aliases"/> are other names the platform knows the actor by (a Slack user id's runbook handles), so
/// runbook rules written with handles recognise them.
/// </summary>
public sealed record CommandContext(string Actor, string ChannelId, string Platform = "shell", IReadOnlyList<string>? Aliases = null)
{
    /// <summary>The actor and every alias.</summary>
    public IEnumerable<string> Names => Aliases is null ? [Actor] : [Actor, .. Aliases];
}
