namespace ChatOps.Core.Drills;

/// <summary>
/// A step of the scenario the bot posts as the drill proceeds: at the start, <see cref="After"/> a time from the start (a
/// durable reminder), or when the team reaches <see cref="On"/>.
/// </summary>
public sealed record DrillInject(string Text, TimeSpan? After = null, DrillPhase? On = null)
{
    public string When => After is { } after ? $"after {Time.DurationText.Format(after)}" : On is { } on ? $"when {DrillPhases.MarkKey(on)}" : "at the start";
}
