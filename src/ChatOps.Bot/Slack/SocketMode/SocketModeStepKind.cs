namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>See <see cref="SocketModeStep"/>.</summary>
public enum SocketModeStepKind
{
    None,
    Hello,
    Disconnect,
    Acknowledge,
}
