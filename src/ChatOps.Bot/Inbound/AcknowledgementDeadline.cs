using System.Diagnostics;

namespace ChatOps.Bot.Inbound;

/// <summary>
/// What is left of the time a platform gives the bot to acknowledge a request (Slack: 3 seconds), on the wall clock
/// because that is the platform's clock: whatever a request waits on the platform for (who the person is, a form to
/// open) it waits at most this long, and answers honestly when that was not enough.
/// </summary>
public readonly struct AcknowledgementDeadline
{
    /// <summary>Slack's limit (https://docs.slack.dev/interactivity/handling-user-interaction#acknowledgment_response).</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    /// <summary>Kept back for reading and storing the intent and for the answer to travel, on a busy machine too.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    /// <summary>The most a request waits to learn who someone is, so a form can still open after it.</summary>
    private static readonly TimeSpan LookupShare = TimeSpan.FromMilliseconds(500);

    private readonly long _start;

    private AcknowledgementDeadline(long start) => _start = start;

    /// <summary>The deadline of a request that arrived now.</summary>
    public static AcknowledgementDeadline Start() => new(Stopwatch.GetTimestamp());

    /// <summary>How long the request may still wait on the platform.</summary>
    public TimeSpan Left
    {
        get
        {
            var left = Limit - Margin - Stopwatch.GetElapsedTime(_start);
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>How long to wait for the platform to say who someone is.</summary>
    public TimeSpan ForLookups => Left < LookupShare * 2 ? Left / 2 : LookupShare;
}
