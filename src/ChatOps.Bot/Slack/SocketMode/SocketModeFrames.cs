using System.Net.WebSockets;
using System.Text;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>Reads whole text messages from a WebSocket, however many frames each arrives in.</summary>
public static class SocketModeFrames
{
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>The next text message, or null once the server closed the socket. Binary messages are skipped.</summary>
    public static async Task<string?> ReadTextAsync(WebSocket socket, CancellationToken ct)
    {
        var chunk = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, ct);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            if (message.Length + result.Count > MaxMessageBytes)
                throw new WebSocketException(WebSocketError.Faulted, $"A Socket Mode message exceeded {MaxMessageBytes} bytes.");
            message.Write(chunk, 0, result.Count);
            if (!result.EndOfMessage) continue;
            if (result.MessageType == WebSocketMessageType.Text) return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            message.SetLength(0);
        }
    }

    public static Task SendTextAsync(WebSocket socket, string text, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, ct);
}
