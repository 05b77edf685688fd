namespace ChatOps.Bot.Alerts.Parsing;

/// <summary>
/// What a webhook body turned out to be: a notification to record, something well-formed that is no alert (a PagerDuty
/// service event, a Sentry issue assignment: answer 2xx and store nothing, since the sender treats 4xx as permanent and
/// may disable the webhook), or invalid input with a message that says what was wrong.
/// </summary>
public sealed record AlertParseResult
{
    private AlertParseResult(ReceivedNotification? notification, string? ignoredBecause, string? error)
    {
        Notification = notification;
        IgnoredBecause = ignoredBecause;
        Error = error;
    }

    public ReceivedNotification? Notification { get; }

    /// <summary>Why a well-formed delivery holds nothing to record, e.g. "PagerDuty event service.updated is not about an incident".</summary>
    public string? IgnoredBecause { get; }

    /// <summary>What was wrong with the body, e.g. "alerts[2].startsAt is not a timestamp ...".</summary>
    public string? Error { get; }

    public bool IsParsed => Notification is not null;

    public bool IsIgnored => IgnoredBecause is not null;

    public bool IsInvalid => Error is not null;

    public static AlertParseResult Parsed(ReceivedNotification notification) => new(notification, null, null);

    public static AlertParseResult Ignored(string reason) => new(null, reason, null);

    public static AlertParseResult Invalid(string error) => new(null, null, error);

    public override string ToString() => Notification is not null
        ? $"parsed: {Notification.Alerts.Count} alert(s), {Notification.Status}"
        : IgnoredBecause is not null ? $"ignored: {IgnoredBecause}" : $"invalid: {Error}";
}
