namespace ChatOps.Core.Commands;

/// <summary>Who acted, from which platform, in which channel (a command in an incident channel applies to that incident).</summary>
public sealed record CommandContext(string Actor, string ChannelId, string Platform = "shell");
