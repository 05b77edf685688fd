using System.Net;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Tests.Shared;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>Every Slack endpoint refuses what is not signed by Slack, and answers Slack's own checks.</summary>
public sealed class SlackEndpointVerificationTests : IAsyncLifetime
{
    private SlackBotHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackBotHost.StartAsync("http://127.0.0.1:9/api/");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string SlashCommand => File.ReadAllText(RepoFiles.Reference("slack", "payloads", "slash_command.form-urlencoded.bolt-js.txt")).Trim();

    [Theory]
    [InlineData(SlackEndpoints.Commands)]
    [InlineData(SlackEndpoints.Interactions)]
    [InlineData(SlackEndpoints.Events)]
    public async Task A_forged_signature_gets_401(string path)
    {
        var response = await _host.PostFormAsync(path, SlashCommand, signature: "v0=" + new string('0', 64));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(SlackEndpoints.Commands)]
    [InlineData(SlackEndpoints.Events)]
    public async Task A_stale_timestamp_gets_401_even_when_correctly_signed(string path)
    {
        var response = await _host.PostFormAsync(path, SlashCommand, signedAt: _host.Time.GetUtcNow().AddMinutes(-6));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_signature_headers_gets_401()
    {
        var response = await _host.Client.PostAsync(SlackEndpoints.Events, new StringContent("{\"type\":\"url_verification\",\"challenge\":\"x\"}"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("url_verification.bolt-python.json")]
    [InlineData("url_verification.botbuilder-dotnet.json")]
    [InlineData("url_verification.python-slack-events-api.json")]
    public async Task Url_verification_echoes_the_challenge(string file)
    {
        var body = await File.ReadAllTextAsync(RepoFiles.Reference("slack", "payloads", file));
        var challenge = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("challenge").GetString()!;

        var response = await _host.PostJsonAsync(SlackEndpoints.Events, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(challenge, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ssl_check_answers_200()
    {
        var body = (await File.ReadAllTextAsync(RepoFiles.Reference("slack", "payloads", "ssl_check.form-urlencoded.bolt-js.txt"))).Trim();
        var response = await _host.PostFormAsync(SlackEndpoints.Commands, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(SlackEndpoints.Events, "{not json")]
    [InlineData(SlackEndpoints.Events, "[1,2,3]")]
    [InlineData(SlackEndpoints.Interactions, "payload=%7Bnot+json")]
    [InlineData(SlackEndpoints.Commands, "text=declare+P1+x")]
    public async Task Malformed_bodies_get_400_with_a_reason(string path, string body)
    {
        var response = path == SlackEndpoints.Events ? await _host.PostJsonAsync(path, body) : await _host.PostFormAsync(path, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_is_read()
    {
        var response = await _host.PostFormAsync(SlackEndpoints.Commands, "text=" + new string('x', SlackRequestReader.MaxBodyBytes + 1));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_answers()
    {
        var response = await _host.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
