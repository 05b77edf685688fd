namespace ChatOps.Bot.Probes;

/// <summary>How much of an answer a probe reads and keeps.</summary>
public sealed record ProbeLimits
{
    /// <summary>Bytes of body read at most; the rest is never downloaded.</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024;

    public int ExcerptLength { get; init; } = 200;

    /// <summary>Redirects within the same origin (scheme, host and port) followed at most.</summary>
    public int MaxRedirects { get; init; } = 3;

    public static ProbeLimits Default { get; } = new();
}
