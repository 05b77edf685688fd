using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ChatOps.Bot.Tests.Slack.Fakes;

/// <summary>The fake can say no: it rejects what real Slack would, so passing tests mean something.</summary>
public sealed class FakeSlackServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly HttpClient _http = new();
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlackServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    [Fact]
    public void It_listens_on_loopback()
    {
        Assert.Equal("127.0.0.1", _slack.BaseUrl.Host);
        Assert.Equal("/api/", _slack.BaseUrl.AbsolutePath);
    }

    [Fact]
    public async Task A_post_message_without_channel_is_rejected_naming_the_argument()
    {
        var reply = await CallAsync("chat.postMessage", ("text", "hello"));

        Assert.Equal("invalid_arguments", (string?)reply["error"]);
        Assert.Contains("missing required argument channel", reply["response_metadata"]!["messages"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public async Task A_call_without_a_bot_token_is_rejected()
    {
        var reply = await CallAsync("chat.postMessage", token: null, ("channel", "C1"), ("text", "hello"));

        Assert.Equal("invalid_auth", (string?)reply["error"]);
    }

    [Fact]
    public async Task A_user_token_is_not_a_bot_token()
    {
        var reply = await CallAsync("users.info", token: "xoxp-123", ("user", "U1"));

        Assert.Equal("invalid_auth", (string?)reply["error"]);
    }

    [Fact]
    public async Task A_method_slack_does_not_have_is_unknown()
    {
        var reply = await CallAsync("chat.postMessages", ("channel", "C1"), ("text", "hello"));

        Assert.Equal("unknown_method", (string?)reply["error"]);
    }

    [Theory]
    [InlineData("conversations.create", "name")]
    [InlineData("pins.add", "timestamp")]
    [InlineData("files.getUploadURLExternal", "length")]
    [InlineData("views.open", "trigger_id")]
    public async Task Documented_requirements_the_old_spec_leaves_unmarked_are_enforced(string method, string argument)
    {
        var reply = await CallAsync(method, ("channel", "C1"), ("filename", "a.txt"), ("view", "{\"type\":\"modal\"}"));

        Assert.Contains($"missing required argument {argument}", reply["response_metadata"]!["messages"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public async Task Json_arguments_must_be_json()
    {
        var reply = await CallAsync("chat.postMessage", ("channel", "C1"), ("text", "x"), ("blocks", "[{not json"));

        Assert.Equal("invalid_blocks_format", (string?)reply["error"]);
    }

    [Fact]
    public async Task A_post_needs_text_or_blocks()
    {
        _slack.AddChannel("C1", "general");

        var reply = await CallAsync("chat.postMessage", ("channel", "C1"));

        Assert.Equal("no_text", (string?)reply["error"]);
    }

    [Fact]
    public async Task Completing_an_upload_whose_bytes_never_came_fails()
    {
        var ticket = await CallAsync("files.getUploadURLExternal", ("filename", "a.txt"), ("length", "3"));

        var reply = await CallAsync("files.completeUploadExternal", ("files", $"[{{\"id\":\"{ticket["file_id"]}\"}}]"));

        Assert.Equal("file_not_found", (string?)reply["error"]);
    }

    [Fact]
    public async Task Posts_get_increasing_timestamps()
    {
        _slack.AddChannel("C1", "general");

        var first = (string?)(await CallAsync("chat.postMessage", ("channel", "C1"), ("text", "a")))["ts"];
        var second = (string?)(await CallAsync("chat.postMessage", ("channel", "C1"), ("text", "b")))["ts"];

        Assert.Equal("1700000000.000100", first);
        Assert.Equal("1700000000.000200", second);
    }

    [Fact]
    public async Task Waiting_for_a_call_completes_when_it_arrives_and_times_out_when_it_does_not()
    {
        var waiting = _slack.WaitForCallAsync("users.info", c => c.Arg("user") == "U2", Patience);
        await CallAsync("users.info", ("user", "U1"));
        Assert.False(waiting.IsCompleted);

        await CallAsync("users.info", ("user", "U2"));

        Assert.Equal("U2", (await waiting).Arg("user"));
        await Assert.ThrowsAsync<TimeoutException>(() => _slack.WaitForCallAsync("pins.add", null, TimeSpan.FromMilliseconds(50)));
    }

    private Task<JsonObject> CallAsync(string method, params (string Name, string Value)[] args) =>
        CallAsync(method, "xoxb-test", args);

    private async Task<JsonObject> CallAsync(string method, string? token, params (string Name, string Value)[] args)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_slack.BaseUrl, method))
        {
            Content = new FormUrlEncodedContent(args.Select(a => KeyValuePair.Create(a.Name, a.Value))),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
