namespace ChatOps.Bot.Slack.Api;

public sealed partial class SlackApiClient
{
    /// <summary>
    /// apps.connections.open (https://docs.slack.dev/reference/methods/apps.connections.open): a fresh, single-use
    /// Socket Mode WebSocket URL, asked for with the app-level token (<c>xapp-...</c>).
    /// </summary>
    public async Task<Uri> OpenSocketConnectionAsync(string appToken, CancellationToken ct)
    {
        var result = await CallAsync(SlackMethods.AppsConnectionsOpen, [], ct, appToken).ConfigureAwait(false);
        var url = RequiredString(SlackMethods.AppsConnectionsOpen, result, "url");
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "wss" or "ws"
            ? uri
            : throw new SlackApiException(SlackMethods.AppsConnectionsOpen, "invalid_url_in_response", System.Net.HttpStatusCode.OK);
    }
}
