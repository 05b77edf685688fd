using System.Net.WebSockets;
using ChatOps.Bot.Slack.Api;
using Microsoft.Extensions.Options;

namespace ChatOps.Bot.Slack.SocketMode;

/// <summary>
/// Receives Slack's requests over a Socket Mode WebSocket instead of public HTTP endpoints
/// (https://docs.slack.dev/apis/events-api/using-socket-mode/): opens a URL with the app-level token, acknowledges
/// every envelope, reconnects at once when Slack asks (<c>disconnect</c>) and with backoff when the connection fails.
/// </summary>
public sealed class SocketModeClient(
    IOptions<SlackOptions> options, IServiceProvider services, SocketModeDispatcher dispatcher, TimeProvider time, ILogger<SocketModeClient> logger)
    : BackgroundService
{
    private readonly ReconnectBackoff _backoff = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.HttpConfigured)
            logger.LogInformation("Slack Socket Mode only: no signing secret, so the HTTP endpoints refuse every request");
        while (!stoppingToken.IsCancellationRequested)
        {
            var refresh = false;
            try
            {
                var url = await services.GetRequiredService<SlackApiClient>().OpenSocketConnectionAsync(options.Value.AppToken, stoppingToken);
                refresh = await RunConnectionAsync(url, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SlackApiException e)
            {
                logger.LogWarning("Slack Socket Mode could not get a connection URL: {Reason}", e.Message);
            }
            catch (Exception e)
            {
                // Whatever broke this connection, the bot must keep listening: log and try a fresh one.
                logger.LogWarning(e, "Slack Socket Mode connection failed");
            }
            if (refresh) continue;
            var delay = _backoff.Next();
            logger.LogInformation("Slack Socket Mode reconnecting in {Delay}", delay);
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

    /// <summary>Serves one connection; true when Slack asked for a fresh one, false when the socket closed.</summary>
    private async Task<bool> RunConnectionAsync(Uri url, CancellationToken ct)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, ct);
        while (await SocketModeFrames.ReadTextAsync(socket, ct) is { } text)
        {
            var step = await dispatcher.HandleAsync(text, ct);
            switch (step.Kind)
            {
                case SocketModeStepKind.Hello:
                    _backoff.Reset();
                    logger.LogInformation("Slack Socket Mode connected");
                    break;
                case SocketModeStepKind.Disconnect:
                    logger.LogInformation("Slack asked to reconnect ({Reason})", step.Reason);
                    await CloseQuietlyAsync(socket, ct);
                    return true;
                case SocketModeStepKind.Acknowledge:
                    await SocketModeFrames.SendTextAsync(socket, step.Ack!.ToJsonString(), ct);
                    break;
            }
        }
        logger.LogWarning("Slack closed the Socket Mode connection ({Status} {Description})", socket.CloseStatus, socket.CloseStatusDescription);
        await CloseQuietlyAsync(socket, ct);
        return false;
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
