using ChatOps.Core.Ports;

namespace ChatOps.Core.Engine;

/// <summary>The post-mortem as a save kept it current: the file it went to and what it says.</summary>
public sealed record KeptPostMortem(ArchivedFile File, string Content);
