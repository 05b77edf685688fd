namespace ChatOps.Bot.Tests.BadInput;

/// <summary>How the bot must answer a bad request. Whatever the kind, it is never a 5xx and nothing changes.</summary>
public sealed record Outcome(Answer Answer, int Status, string? Says = null)
{
    /// <summary>Refused over HTTP with this 4xx; when <paramref name="says"/> is given, the response body says it.</summary>
    public static Outcome Refused(int status, string? says = null) => new(Answer.Refused, status, says);

    /// <summary>Anything whose signature does not check out.</summary>
    public static Outcome Unverified => Refused(401, "Unverified request");

    /// <summary>Acknowledged, and the person is told at once (in the response, by response_url or ephemerally).</summary>
    public static Outcome Told(string says) => new(Answer.Told, 200, says);

    /// <summary>
    /// Stored in the inbox (judging it needs the incident's rules), then answered with a clear error; the stored row
    /// is processed without failure and no incident changes.
    /// </summary>
    public static Outcome ToldLater(string says) => new(Answer.ToldLater, 200, says);

    /// <summary>A modal submission answered with <c>response_action: errors</c> naming this input block.</summary>
    public static Outcome FieldErrors(string blockId) => new(Answer.FieldErrors, 200, blockId);

    /// <summary>Acknowledged with 200 and nothing else: what Slack wants for events the bot does not act on.</summary>
    public static Outcome Ignored => new(Answer.Ignored, 200);

    /// <summary>Not answered at all: a Socket Mode frame that is not an envelope has nothing to acknowledge.</summary>
    public static Outcome Dropped => new(Answer.Dropped, 0);
}

public enum Answer
{
    Refused,
    Told,
    ToldLater,
    FieldErrors,
    Ignored,
    Dropped,
}
