using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>
/// Socket Mode: <c>apps.connections.open</c> hands out <c>ws://127.0.0.1:PORT/socket?n=N</c>; each connection to it is
/// kept so a test can send frames and wait for the bot's acknowledgements (https://docs.slack.dev/apis/events-api/using-socket-mode/).
/// </summary>
public sealed partial class FakeSlackServer
{
    public const string AppsConnectionsOpen = "apps.connections.open";

    private readonly List<FakeSocketConnection> _sockets = [];
    private readonly List<JsonObject> _acks = [];
    private readonly List<(int Number, TaskCompletionSource<FakeSocketConnection> Signal)> _socketWaiters = [];
    private readonly List<(string EnvelopeId, TaskCompletionSource<JsonObject> Signal)> _ackWaiters = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _urlCount;

    /// <summary>Every acknowledgement the bot sent, on any connection, in arrival order.</summary>
    public IReadOnlyList<JsonObject> Acks
    {
        get { lock (_gate) { return _acks.Select(a => a.DeepClone().AsObject()).ToList(); } }
    }

    /// <summary>The <paramref name="number"/>th Socket Mode connection (1-based), once the bot has opened it.</summary>
    public Task<FakeSocketConnection> WaitForSocketAsync(int number, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_sockets.Count >= number)
            {
                return Task.FromResult(_sockets[number - 1]);
            }

            var signal = new TaskCompletionSource<FakeSocketConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
            _socketWaiters.Add((number, signal));
            return signal.Task.WaitAsync(timeout);
        }
    }

    /// <summary>The bot's acknowledgement of <paramref name="envelopeId"/> (already received or still to come).</summary>
    public async Task<JsonObject> WaitForAckAsync(string envelopeId, TimeSpan timeout)
    {
        Task<JsonObject> pending;
        lock (_gate)
        {
            if (_acks.FirstOrDefault(a => (string?)a["envelope_id"] == envelopeId) is { } seen)
            {
                return seen.DeepClone().AsObject();
            }

            var signal = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            _ackWaiters.Add((envelopeId, signal));
            pending = signal.Task;
        }

        try
        {
            return await pending.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No acknowledgement of {envelopeId} within {timeout}; received: {string.Join(", ", Acks.Select(a => a.ToJsonString()))}");
        }
    }

    private JsonObject OpenConnection()
    {
        var n = ++_urlCount;
        return Ok(new JsonObject { ["url"] = $"ws://{_root.Authority}/socket?n={n}" });
    }

    private async Task HandleSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        FakeSocketConnection connection;
        lock (_gate)
        {
            connection = new FakeSocketConnection(_sockets.Count + 1, socket);
            _sockets.Add(connection);
            foreach (var waiter in _socketWaiters.Where(w => w.Number <= _sockets.Count).ToList())
            {
                _socketWaiters.Remove(waiter);
                waiter.Signal.TrySetResult(_sockets[waiter.Number - 1]);
            }
        }

        try
        {
            await ReceiveAcksAsync(connection);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
        finally
        {
            connection.Closed.TrySetResult();
        }
    }

    private async Task ReceiveAcksAsync(FakeSocketConnection connection)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await connection.Socket.ReceiveAsync(buffer, _stopping.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await connection.CloseAsync();
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            RecordAck(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
            message.SetLength(0);
        }
    }

    private void RecordAck(string text)
    {
        var ack = JsonNode.Parse(text)!.AsObject();
        lock (_gate)
        {
            _acks.Add(ack);
            foreach (var waiter in _ackWaiters.Where(w => w.EnvelopeId == (string?)ack["envelope_id"]).ToList())
            {
                _ackWaiters.Remove(waiter);
                waiter.Signal.TrySetResult(ack.DeepClone().AsObject());
            }
        }
    }

    private async Task CloseSocketsAsync()
    {
        List<FakeSocketConnection> open;
        lock (_gate)
        {
            open = [.. _sockets];
        }

        await _stopping.CancelAsync();
        foreach (var connection in open)
        {
            connection.Socket.Abort();
        }
    }
}
