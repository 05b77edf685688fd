using System.Net.Http.Headers;
using ChatOps.Bot.Tests.Slack.Host;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// The real bot on a fake Slack with one open incident (P3, so minutes on the clock fire nothing), shared by every
/// row of a corpus: a bad request must leave it exactly as it was, so the rows cannot disturb each other.
/// </summary>
public sealed class BadRequestScene : SlackIncidentTest
{
    public const string IncidentNumber = "INC-2026-001";

    public string IncidentChannel { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        IncidentChannel = (await DeclareAsync("declare P3 Search is slow")).Id;
        await Host.SettledAsync();
    }

    public Task<HttpResponseMessage> SendAsync(BadRequest bad, byte[] body) =>
        SendAsync(bad.Path, bad.ContentType, body, bad.Sign, bad.Chunked);

    public async Task<HttpResponseMessage> SendAsync(string path, string? contentType, byte[] body, Signer sign, bool chunked = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Content = chunked ? new StreamContent(new UnseekableStream(body)) : new ByteArrayContent(body);
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        sign(request.Headers, body, Host.Time.GetUtcNow());
        return await Host.Client.SendAsync(request);
    }

    public async Task<bool> HealthyAsync() => (await Host.Client.GetAsync("/healthz")).IsSuccessStatusCode;

    /// <summary>A body whose length HttpClient cannot know, so it goes out chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
