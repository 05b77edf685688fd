using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Slack.Api;

public sealed partial class SlackApiClient
{
    /// <summary>
    /// Shares a text file in a channel with Slack's external upload flow
    /// (https://docs.slack.dev/messaging/working-with-files/#upload): files.getUploadURLExternal, a POST of the bytes
    /// to the returned upload URL, then files.completeUploadExternal.
    /// </summary>
    public async Task UploadTextFileAsync(
        string channel, string fileName, string title, string content, string? initialComment, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var ticket = await CallAsync(SlackMethods.FilesGetUploadUrlExternal,
        [
            new("filename", fileName),
            new("length", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ], ct).ConfigureAwait(false);
        var uploadUrl = new Uri(RequiredString(SlackMethods.FilesGetUploadUrlExternal, ticket, "upload_url"));
        var fileId = RequiredString(SlackMethods.FilesGetUploadUrlExternal, ticket, "file_id");

        await UploadBytesAsync(uploadUrl, bytes, ct).ConfigureAwait(false);

        var files = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = title });
        List<KeyValuePair<string, string>> args = [new("files", files.ToJsonString()), new("channel_id", channel)];
        if (!string.IsNullOrEmpty(initialComment))
        {
            args.Add(new("initial_comment", initialComment));
        }

        await CallAsync(SlackMethods.FilesCompleteUploadExternal, args, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Posts a message to a slash command's or interaction's <c>response_url</c>
    /// (https://docs.slack.dev/interactivity/handling-user-interaction/#message_responses). The URL carries its own
    /// authority, so no token is sent.
    /// </summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, JsonObject message, CancellationToken ct)
    {
        using var content = new StringContent(message.ToJsonString(), Encoding.UTF8, "application/json");
        await PostRawAsync("response_url", responseUrl, content, ct).ConfigureAwait(false);
    }

    private async Task UploadBytesAsync(Uri uploadUrl, byte[] bytes, CancellationToken ct)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        await PostRawAsync("file_upload", uploadUrl, content, ct).ConfigureAwait(false);
    }

    /// <summary>A plain POST outside the Web API (no token, no <c>ok</c> envelope): success is HTTP 200.</summary>
    private async Task PostRawAsync(string what, Uri url, HttpContent content, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(url, content, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new SlackApiException(what, "timeout", null, inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new SlackApiException(what, "connection_failed", e.StatusCode, inner: e);
        }

        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new SlackApiException(what, $"http_{(int)response.StatusCode}", response.StatusCode);
            }
        }
    }
}
