namespace ChatOps.Bot.Probes;

/// <summary>
/// What one run of a probe found. <see cref="Description"/> is one line for the timeline and the triage walk, such as
/// "API health: failing: 503 after 120 ms". <see cref="Excerpt"/> is the start of the body as inert single-line text.
/// </summary>
public sealed record ProbeResult
{
    public required string Name { get; init; }

    public required bool Passed { get; init; }

    /// <summary>The final HTTP status; null when no answer came (timeout, refused connection...).</summary>
    public int? StatusCode { get; init; }

    /// <summary>Why it failed, e.g. "timed out", "connection refused", "status is \"degraded\", expected \"ok\""; null when it passed.</summary>
    public string? Failure { get; init; }

    /// <summary>Measured on the bot's <see cref="TimeProvider"/>.</summary>
    public required long ElapsedMs { get; init; }

    public string Excerpt { get; init; } = "";

    /// <summary>When the run finished, on the bot's clock.</summary>
    public required DateTimeOffset At { get; init; }

    public string Description => $"{Name}: {(Passed ? "passing" : "failing")}: {Core.Probes.ProbeReading.OutcomeOf(StatusCode, Failure, ElapsedMs)}";
}
