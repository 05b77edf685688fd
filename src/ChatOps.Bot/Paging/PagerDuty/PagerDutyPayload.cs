namespace ChatOps.Bot.Paging.PagerDuty;

/// <summary>
/// The PD-CEF <c>payload</c> of a trigger event: <c>summary</c> (cut to 1024 characters), <c>source</c> and
/// <c>severity</c> are required; the rest is optional (developer.pagerduty.com, events-API-v2 "Send an Alert Event").
/// </summary>
public sealed record PagerDutyPayload(string Summary, string Source, PagerDutySeverity Severity)
{
    /// <summary>When the problem was detected; PagerDuty uses the time it received the event when absent.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    public string? Component { get; init; }

    public string? Group { get; init; }

    public string? Class { get; init; }

    public IReadOnlyDictionary<string, string> CustomDetails { get; init; } = new Dictionary<string, string>();
}
