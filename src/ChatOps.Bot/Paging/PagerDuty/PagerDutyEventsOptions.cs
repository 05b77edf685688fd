namespace ChatOps.Bot.Paging.PagerDuty;

/// <summary>Where Events API v2 events go (<c>Paging__PagerDuty__EventsUrl</c>); tests point it at a local fake.</summary>
public sealed record PagerDutyEventsOptions
{
    public static readonly Uri DefaultEventsUrl = new("https://events.pagerduty.com/v2/enqueue");

    public Uri EventsUrl { get; init; } = DefaultEventsUrl;

    /// <summary>Sent as <c>client</c> with triggers when the event names none.</summary>
    public string ClientName { get; init; } = "ChatOps";
}
