namespace ChatOps.Core.Probes;

/// <summary>
/// What one run of a runbook probe found, as the engine keeps it: passed or not, the HTTP status (null when no answer
/// came), why it failed, how long it took, the start of the body as inert single-line text, when it finished, and one
/// line saying all that (<see cref="Description"/>, e.g. "api-health: failing: 503 after 120 ms").
/// </summary>
public sealed record ProbeReading(
    string Name,
    bool Passed,
    int? StatusCode,
    string? Failure,
    long ElapsedMs,
    string Excerpt,
    DateTimeOffset At,
    string Description)
{
    /// <summary>"200 after 80 ms", "timed out after 5000 ms": the result without the probe's name or verdict.</summary>
    public string Outcome => OutcomeOf(StatusCode, Failure, ElapsedMs);

    /// <summary>What a run found, said the one way every probe result is said.</summary>
    public static string OutcomeOf(int? statusCode, string? failure, long elapsedMs)
    {
        var what = (statusCode, failure) switch
        {
            (null, null) => "no answer",
            (null, var reason) => reason,
            (var status, null) => $"{status}",
            var (status, reason) => $"{status}, {reason}",
        };
        return $"{what} after {elapsedMs} ms";
    }

    /// <summary>The description with the body's start when the probe failed (a passing body says nothing new).</summary>
    public string Evidence => !Passed && Excerpt.Length > 0 ? $"{Description}; body: {Excerpt}" : Description;
}
