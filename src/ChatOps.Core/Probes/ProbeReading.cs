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
    public string Outcome
    {
        get
        {
            var what = (StatusCode, Failure) switch
            {
                (null, null) => "no answer",
                (null, var failure) => failure,
                (var status, null) => $"{status}",
                var (status, failure) => $"{status}, {failure}",
            };
            return $"{what} after {ElapsedMs} ms";
        }
    }

    /// <summary>The description with the body's start when the probe failed (a passing body says nothing new).</summary>
    public string Evidence => !Passed && Excerpt.Length > 0 ? $"{Description}; body: {Excerpt}" : Description;
}
