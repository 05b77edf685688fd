namespace ChatOps.Core.Incidents;

/// <summary>When the post-mortem was written up (<c>/incident postmortem done</c>): timed for drills and metrics.</summary>
public sealed partial class Incident
{
    public DateTimeOffset? PostMortemDoneAt { get; private set; }

    public string? PostMortemDoneBy { get; private set; }

    public void MarkPostMortemDone(string actor, DateTimeOffset now)
    {
        if (ResolvedAt is not { } resolved)
            throw new IncidentRuleException($"{Number} is still {Status.ToString().ToLowerInvariant()}; its post-mortem is written after /incident resolve.");
        if (PostMortemDoneAt is { } done)
            throw new IncidentRuleException($"The post-mortem of {Number} was already marked done by {PostMortemDoneBy} at {Clock.Format(done)}.");
        PostMortemDoneAt = now;
        PostMortemDoneBy = actor;
        AddParticipant(actor);
        Record(now, actor, "postmortem-done", $"Post-mortem done, {Time.DurationText.Approximate(now - resolved)} after the resolution");
    }
}
