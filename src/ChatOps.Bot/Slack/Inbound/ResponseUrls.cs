namespace ChatOps.Bot.Slack.Inbound;

/// <summary>Slack's <c>response_url</c>: absent, or an absolute http(s) URL where the person's answer is posted.</summary>
public static class ResponseUrls
{
    /// <summary>A 400 for a response_url nobody could post to, else null.</summary>
    public static SlackAnswer? Refusal(string url) =>
        url.Length == 0 || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            ? null
            : SlackAnswer.BadRequest("The response_url is not an absolute http(s) URL.");
}
