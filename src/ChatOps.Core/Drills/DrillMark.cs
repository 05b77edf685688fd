namespace ChatOps.Core.Drills;

/// <summary>A phase a responder marked by hand (<c>/incident drill mark detected</c>): it wins over what the bot observed.</summary>
public sealed record DrillMark(DrillPhase Phase, DateTimeOffset At, string By);
