namespace ChatOps.Bot.Paging.Opsgenie;

/// <summary>
/// An alert to create. <see cref="Alias"/> is the dedup key: while an alert with it is open, creating again adds to it
/// rather than opening a second one. Texts are cut to Opsgenie's documented limits (message 130 characters, alias and
/// entity 512, description 15,000, 20 tags of 50, details 8,000 in all, source and user 100).
/// </summary>
public sealed record OpsgenieAlert(string Message, string Alias)
{
    public string? Description { get; init; }

    public IReadOnlyList<OpsgenieResponder> Responders { get; init; } = [];

    /// <summary>Opsgenie's default when absent is P3.</summary>
    public OpsgeniePriority? Priority { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    /// <summary>What sent it; Opsgenie shows the caller's IP address when absent.</summary>
    public string? Source { get; init; }

    public string? Entity { get; init; }

    public string? User { get; init; }

    public string? Note { get; init; }
}
