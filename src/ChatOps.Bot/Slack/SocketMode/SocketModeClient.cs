using System.Net.WebSockets;
using ChatOps.Bot.Signals;
using ChatOps.Bot.Slack.Api;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// Receives Slack's requests over a Socket Mode WebSocket instead of public HTTP endpoints
/// (https://docs.slack.dev/apis/events-api/using-socket-mode/): opens a URL with the app-level token, acknowledges
/// every envelope, reconnects at once when Slack asks (<c>disconnect</c>) and with backoff when the connection fails.
/// </summary>
public sealed class SocketModeClient(
    IOptions<SlackOptions> options, IServiceProvider services, SocketModeDispatcher dispatcher, RequestsInFlight requests, TimeProvider time, ILogger<SocketModeClient> logger)
    : BackgroundService
{
    private readonly ReconnectBackoff _backoff = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.HttpConfigured)
            logger.LogInformation("Slack Socket Mode only: no signing secret, so the HTTP endpoints refuse every request");
        while (!stoppingToken.IsCancellationRequested)
        {
            string? broken;
            Exception? unexpected = null;
            try
            {
                var url = await services.GetRequiredService<SlackApiClient>().OpenSocketConnectionAsync(options.Value.AppToken, stoppingToken);
                broken = await RunConnectionAsync(url, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SlackApiException e)
            {
                broken = $"could not get a connection URL: {e.Message.TrimEnd('.')}";
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException or OperationCanceledException)
            {
                // A dropped or refused connection is expected now and then: one line, no stack trace.
                broken = $"connection failed: {e.Message.TrimEnd('.')}";
            }
            catch (Exception e)
            {
                // Whatever else broke this connection, the bot must keep listening: log it whole and try a fresh one.
                (broken, unexpected) = ("connection failed unexpectedly", e);
            }
            if (broken is null) continue;
            var delay = _backoff.Next();
            if (unexpected is not null) logger.LogError(unexpected, "Slack Socket Mode {Problem}; reconnecting in {Delay}", broken, delay);
            else logger.LogWarning("Slack Socket Mode {Problem}; reconnecting in {Delay}", broken, delay);
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Serves one connection; null when Slack asked for a fresh one (taken at once), else how it ended.</summary>
    private async Task<string?> RunConnectionAsync(Uri url, CancellationToken ct)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, ct);
        while (await SocketModeFrames.ReadTextAsync(socket, ct) is { } text)
        {
            SocketModeStep step;
            using (requests.Enter()) step = await dispatcher.HandleAsync(text, ct);
            switch (step.Kind)
            {
                case SocketModeStepKind.Hello:
                    _backoff.Reset();
                    logger.LogInformation("Slack Socket Mode connected");
                    break;
                case SocketModeStepKind.Disconnect:
                    logger.LogInformation("Slack asked to reconnect ({Reason})", step.Reason);
                    await CloseQuietlyAsync(socket, ct);
                    return null;
                case SocketModeStepKind.Acknowledge:
                    await SocketModeFrames.SendTextAsync(socket, step.Ack!.ToJsonString(), ct);
                    break;
            }
        }
        await CloseQuietlyAsync(socket, ct);
        var how = string.Join(' ', new[] { socket.CloseStatus?.ToString(), socket.CloseStatusDescription }.Where(s => !string.IsNullOrEmpty(s)));
        return how.Length > 0 ? $"connection closed by Slack ({how})" : "connection closed by Slack";
    }

    // Sends our close frame without waiting for Slack's answer: the next connection matters, not this one's goodbye.
    private async Task CloseQuietlyAsync(ClientWebSocket socket, CancellationToken ct)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", ct);
        }
        catch (WebSocketException e)
        {
            logger.LogDebug(e, "Closing the Socket Mode connection failed");
        }
    }
}
