namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>How long to wait before the next connection attempt: 1 s, doubling to at most 30 s, back to 1 s after a <c>hello</c>.</summary>
public sealed class ReconnectBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    private TimeSpan _next = First;

    public TimeSpan Next()
    {
        var delay = _next;
        _next = _next * 2 > Max ? Max : _next * 2;
        return delay;
    }

    public void Reset() => _next = First;
}
