using System.Text.Json.Nodes;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>What the connection does after one Socket Mode frame: note the hello, reconnect, send an acknowledgement, or nothing.</summary>
public sealed record SocketModeStep(SocketModeStepKind Kind, JsonObject? Ack = null, string? Reason = null)
{
    public static readonly SocketModeStep None = new(SocketModeStepKind.None);
    public static readonly SocketModeStep Hello = new(SocketModeStepKind.Hello);

    public static SocketModeStep Disconnect(string reason) => new(SocketModeStepKind.Disconnect, Reason: reason);

    public static SocketModeStep Acknowledge(JsonObject ack) => new(SocketModeStepKind.Acknowledge, Ack: ack);
}
