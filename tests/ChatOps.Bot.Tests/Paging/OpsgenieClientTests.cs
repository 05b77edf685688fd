using System.Net;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Paging;
using ChatOps.Bot.Paging.Opsgenie;
using ChatOps.Bot.Tests.Paging.Fakes;
using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Paging;

/// <summary>The Opsgenie Alert API client against a fake Opsgenie on loopback that checks bodies against the published OAS.</summary>
public sealed class OpsgenieClientTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
    private FakeOpsgenieServer _opsgenie = null!;
    private OpsgenieClient _client = null!;

    public async Task InitializeAsync()
    {
        _opsgenie = await FakeOpsgenieServer.StartAsync();
        _client = Client(FakeOpsgenieServer.ApiKey);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _opsgenie.DisposeAsync();
    }

    [Fact]
    public async Task Creating_an_alert_is_accepted_with_Opsgenies_request_id()
    {
        var accepted = await _client.CreateAlertAsync(Alert(), default);

        Assert.Equal(new OpsgenieAccepted(FakeOpsgenieServer.SampleRequestId, "Request will be processed"), accepted);
        var request = Assert.Single(_opsgenie.Requests);
        Assert.Equal("/v2/alerts", request.Path);
        Assert.Equal($"GenieKey {FakeOpsgenieServer.ApiKey}", request.Authorization);
        Assert.Equal("application/json", request.ContentType);
        Assert.Empty(request.Violations);
    }

    [Fact]
    public async Task The_create_body_has_the_shape_of_the_published_sample_and_carries_the_alert()
    {
        await _client.CreateAlertAsync(Alert(), default);

        var body = Assert.Single(_opsgenie.Requests).Json!;
        // The sample has no source/user/note; the OAS's AlertActionPayload, which CreateAlertPayload extends, does.
        var allowed = PublishedShape.Of("paging", "opsgenie", "examples", "create-alert.request.docs-sample.json");
        allowed.UnionWith(PublishedShape.Of("paging", "opsgenie", "examples", "close-alert.request.docs-sample.json"));
        Assert.Subset(allowed, PublishedShape.Paths(body).ToHashSet());
        Assert.Equal("P0: Checkout API returns 503", (string?)body["message"]);
        Assert.Equal("chatops-42-tier1", (string?)body["alias"]);
        Assert.Equal("P1", (string?)body["priority"]);
        Assert.Equal("team", (string?)body["responders"]![0]!["type"]);
        Assert.Equal("Payments", (string?)body["responders"]![0]!["name"]);
        Assert.Equal("dana@example.com", (string?)body["responders"]![1]!["username"]);
        Assert.Equal("42", (string?)body["details"]!["incident"]);
        Assert.Equal("ChatOps", (string?)body["source"]);
    }

    [Theory]
    [InlineData("acknowledge")]
    [InlineData("close")]
    public async Task Acknowledge_and_close_go_by_alias_with_the_published_sample_members(string action)
    {
        var note = new OpsgenieActionNote("Dana", "ChatOps", $"{action} in #inc-42");

        var accepted = action == "close"
            ? await _client.CloseAsync("chatops-42-tier1", note, default)
            : await _client.AcknowledgeAsync("chatops-42-tier1", note, default);

        Assert.Equal(FakeOpsgenieServer.SampleRequestId, accepted.RequestId);
        var request = Assert.Single(_opsgenie.Requests);
        Assert.Equal($"/v2/alerts/chatops-42-tier1/{action}", request.Path);
        Assert.Equal("chatops-42-tier1", request.Identifier);
        Assert.Equal("alias", request.IdentifierType);
        Assert.Empty(request.Violations);
        Assert.Equal(PublishedShape.Of("paging", "opsgenie", "examples", "close-alert.request.docs-sample.json"), PublishedShape.Paths(request.Json).ToHashSet());
    }

    [Fact]
    public async Task Without_a_note_acknowledge_sends_an_empty_object()
    {
        await _client.AcknowledgeAsync("chatops-42-tier1", null, default);

        Assert.Equal("{}", Assert.Single(_opsgenie.Requests).Body);
    }

    [Fact]
    public async Task An_alias_is_escaped_in_the_path_and_arrives_whole()
    {
        await _client.CloseAsync("INC 42/tier 1", null, default);

        Assert.Equal("INC 42/tier 1", Uri.UnescapeDataString(Assert.Single(_opsgenie.Requests).Identifier!));
    }

    [Fact]
    public async Task Texts_are_cut_to_Opsgenies_documented_limits()
    {
        var alert = Alert() with
        {
            Message = new string('m', 200),
            Tags = Enumerable.Range(1, 25).Select(i => $"tag-{i}-" + new string('t', 60)).ToList(),
            Details = new Dictionary<string, string> { ["a"] = new('a', 5000), ["b"] = new('b', 5000), ["c"] = "dropped" },
        };

        await _client.CreateAlertAsync(alert, default);

        var request = Assert.Single(_opsgenie.Requests);
        Assert.Empty(request.Violations);
        Assert.Equal(130, ((string)request.Json!["message"]!).Length);
        Assert.Equal(20, request.Json["tags"]!.AsArray().Count);
        Assert.False(request.Json["details"]!.AsObject().ContainsKey("c"));
    }

    [Fact]
    public async Task A_wrong_key_is_permanent()
    {
        var failure = await Assert.ThrowsAsync<PagingException>(() => Client("not-the-key").CreateAlertAsync(Alert(), default));

        Assert.False(failure.IsTransient);
        Assert.Equal(HttpStatusCode.Unauthorized, failure.Status);
        Assert.Equal("HTTP 401 Unauthorized: Could not authenticate", failure.Detail);
    }

    [Fact]
    public async Task A_422_is_permanent_with_Opsgenies_message()
    {
        _opsgenie.AnswerNext(FakeOpsgenieServer.Error(422, "Message can not be empty."));

        var failure = await Assert.ThrowsAsync<PagingException>(() => _client.CreateAlertAsync(Alert(), default));

        Assert.False(failure.IsTransient);
        Assert.Equal("opsgenie create alert failed: HTTP 422 Unprocessable Entity: Message can not be empty.", failure.Message);
        Assert.Null(RetryPolicy.NextDelay(failure, attempts: 1, new OutboxOptions()));
    }

    [Theory]
    [InlineData("Retry-After", "20")]
    [InlineData("X-RateLimit-Period-In-Sec", "20")]
    public async Task A_429_is_retried_after_the_period_Opsgenie_names(string header, string seconds)
    {
        _opsgenie.AnswerNext(FakeOpsgenieServer.Error(429, "You are making too many requests!", (header, seconds)));

        var failure = await Assert.ThrowsAsync<PagingException>(() => _client.AcknowledgeAsync("chatops-42-tier1", null, default));

        Assert.True(failure.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(20), RetryPolicy.NextDelay(failure, attempts: 1, new OutboxOptions()));
    }

    [Fact]
    public async Task A_5xx_is_transient()
    {
        _opsgenie.AnswerNext(new ScriptedAnswer(503));

        var failure = await Assert.ThrowsAsync<PagingException>(() => _client.CloseAsync("chatops-42-tier1", null, default));

        Assert.True(failure.IsTransient);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failure.Status);
    }

    [Fact]
    public async Task An_empty_or_overlong_alias_is_refused_before_sending()
    {
        Assert.False((await Assert.ThrowsAsync<PagingException>(() => _client.CreateAlertAsync(Alert() with { Alias = "" }, default))).IsTransient);
        Assert.False((await Assert.ThrowsAsync<PagingException>(() => _client.CloseAsync(new string('a', 513), null, default))).IsTransient);
        Assert.Empty(_opsgenie.Requests);
    }

    [Fact]
    public void The_published_samples_pass_the_published_schema_and_a_body_without_message_does_not()
    {
        var sample = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SharedReference.PathTo("paging", "opsgenie", "examples", "create-alert.request.docs-sample.json")))!;
        var schema = PublishedSchema.Opsgenie("CreateAlertPayload");

        Assert.Empty(schema.Validate(sample));
        sample["priority"] = "P9";
        Assert.NotEmpty(schema.Validate(sample));
        sample.AsObject().Remove("priority");
        sample.AsObject().Remove("message");
        Assert.NotEmpty(schema.Validate(sample));
    }

    private OpsgenieClient Client(string key) => new(_http, new OpsgenieOptions { ApiUrl = _opsgenie.ApiUrl, ApiKey = key }, _time);

    private static OpsgenieAlert Alert() => new("P0: Checkout API returns 503", "chatops-42-tier1")
    {
        Description = "Declared from an Alertmanager alert.",
        Responders = [OpsgenieResponder.Team("Payments"), OpsgenieResponder.User("dana@example.com")],
        Priority = OpsgeniePriority.P1,
        Tags = ["P0", "checkout"],
        Details = new Dictionary<string, string> { ["incident"] = "42" },
        Source = "ChatOps",
        Entity = "checkout",
    };
}
