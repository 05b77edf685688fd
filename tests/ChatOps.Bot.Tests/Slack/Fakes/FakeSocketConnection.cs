using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>One Socket Mode WebSocket the bot opened to the fake (the Nth URL handed out by apps.connections.open).</summary>
public sealed class FakeSocketConnection(int number, WebSocket socket)
{
    private readonly SemaphoreSlim _sending = new(1, 1);

    public int Number { get; } = number;

    /// <summary>Completes when the bot closed this connection (or it broke).</summary>
    public TaskCompletionSource Closed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal WebSocket Socket => socket;

    public Task SendAsync(JsonNode frame) => SendAsync(frame.ToJsonString());

    /// <summary>Sends one text message, split over several WebSocket frames when <paramref name="frameBytes"/> is given.</summary>
    public async Task SendAsync(string text, int? frameBytes = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var size = frameBytes ?? bytes.Length;
        await _sending.WaitAsync();
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Closes the connection from Slack's side, without a disconnect message first.</summary>
    public async Task CloseAsync()
    {
        await _sending.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sending.Release();
        }
    }
}
