using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Outbound;
using ChatOps.Bot.Paging;
using ChatOps.Bot.Paging.PagerDuty;
using ChatOps.Bot.Tests.Paging.Fakes;
using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Paging;

/// <summary>The Events API v2 client against a fake PagerDuty on loopback that checks bodies against the published schema.</summary>
public sealed class PagerDutyEventsClientTests : IAsyncLifetime
{
    private const string RoutingKey = "e93facc04764012d7bfb002500d5d1a6";
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);
    private readonly HttpClient _http = new();
    private readonly FakeTimeProvider _time = new(Now);
    private FakePagerDutyServer _pagerDuty = null!;
    private PagerDutyEventsClient _client = null!;

    public async Task InitializeAsync()
    {
        _pagerDuty = await FakePagerDutyServer.StartAsync();
        _client = new PagerDutyEventsClient(_http, new PagerDutyEventsOptions { EventsUrl = _pagerDuty.EventsUrl }, _time);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _pagerDuty.DisposeAsync();
    }

    [Fact]
    public async Task A_trigger_is_accepted_with_its_dedup_key_and_matches_the_published_schema_and_example()
    {
        var accepted = await _client.SendAsync(Trigger("chatops-42-tier1"), default);

        Assert.Equal(new PagerDutyAccepted("chatops-42-tier1", "Event processed"), accepted);
        var request = Assert.Single(_pagerDuty.Requests);
        Assert.Empty(request.Violations);
        Assert.Equal("application/json", request.ContentType);
        Assert.Null(request.Authorization);
        Assert.Subset(PublishedShape.Of("paging", "pagerduty-events-v2", "examples", "trigger.openapi-example.json"), PublishedShape.Paths(request.Json).ToHashSet());
    }

    [Fact]
    public async Task A_trigger_carries_the_payload_links_and_client()
    {
        await _client.SendAsync(Trigger("chatops-42-tier1"), default);

        var body = Assert.Single(_pagerDuty.Requests).Json!;
        Assert.Equal(RoutingKey, (string?)body["routing_key"]);
        Assert.Equal("trigger", (string?)body["event_action"]);
        Assert.Equal("chatops-42-tier1", (string?)body["dedup_key"]);
        Assert.Equal("P0: Checkout API returns 503", (string?)body["payload"]!["summary"]);
        Assert.Equal("critical", (string?)body["payload"]!["severity"]);
        Assert.Equal("chatops", (string?)body["payload"]!["source"]);
        Assert.Equal("2026-03-14T08:58:00.000Z", (string?)body["payload"]!["timestamp"]);
        Assert.Equal("checkout", (string?)body["payload"]!["component"]);
        Assert.Equal("42", (string?)body["payload"]!["custom_details"]!["incident"]);
        Assert.Equal("https://slack.example.com/archives/C42", (string?)body["links"]![0]!["href"]);
        Assert.Equal("ChatOps", (string?)body["client"]);
    }

    [Theory]
    [InlineData(PagerDutyAction.Acknowledge, "acknowledge.docs.json")]
    [InlineData(PagerDutyAction.Resolve, "resolve.docs.json")]
    public async Task Acknowledge_and_resolve_send_exactly_the_published_example_members(PagerDutyAction action, string example)
    {
        await _client.SendAsync(new PagerDutyEvent(RoutingKey, action, "chatops-42-tier1"), default);

        var request = Assert.Single(_pagerDuty.Requests);
        Assert.Empty(request.Violations);
        Assert.Equal(PublishedShape.Of("paging", "pagerduty-events-v2", "examples", example), PublishedShape.Paths(request.Json).ToHashSet());
        Assert.Equal(action.ToString().ToLowerInvariant(), (string?)request.Json!["event_action"]);
    }

    [Fact]
    public async Task A_summary_over_1024_characters_is_cut_to_1024()
    {
        var ev = Trigger("chatops-7") with { Payload = Trigger("chatops-7").Payload! with { Summary = new string('s', 1500) } };

        await _client.SendAsync(ev, default);

        var summary = (string)Assert.Single(_pagerDuty.Requests).Json!["payload"]!["summary"]!;
        Assert.Equal(1024, summary.Length);
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_400_is_permanent_with_PagerDutys_message_and_the_outbox_parks_it()
    {
        _pagerDuty.AnswerNext(FakePagerDutyServer.BadRequest);

        var failure = await Assert.ThrowsAsync<PagingException>(() => _client.SendAsync(Trigger("chatops-1"), default));

        Assert.False(failure.IsTransient);
        Assert.Equal(HttpStatusCode.BadRequest, failure.Status);
        Assert.Equal("HTTP 400 Bad Request: Event object format is unrecognized (JSON parse error)", failure.Detail);
        Assert.Equal("pagerduty trigger failed: HTTP 400 Bad Request: Event object format is unrecognized (JSON parse error)", failure.Message);
        Assert.Null(RetryPolicy.NextDelay(failure, attempts: 1, new OutboxOptions()));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_PagerDuty_asks()
    {
        _pagerDuty.AnswerNext(FakePagerDutyServer.Throttled(retryAfter: "30"));

        var failure = await Assert.ThrowsAsync<PagingException>(() => _client.SendAsync(Trigger("chatops-1"), default));

        Assert.True(failure.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(30), failure.RetryAfter);
        Assert.Contains("Requests for this service are arriving too quickly", failure.Detail, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.NextDelay(failure, attempts: 1, new OutboxOptions()));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task A_5xx_is_retried_with_backoff(int status)
    {
        _pagerDuty.AnswerNext(new ScriptedAnswer(status));

        var failure = await Assert.ThrowsAsync<PagingException>(() => _client.SendAsync(Trigger("chatops-1"), default));

        Assert.True(failure.IsTransient);
        Assert.Null(failure.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(4), RetryPolicy.NextDelay(failure, attempts: 3, new OutboxOptions()));
    }

    [Fact]
    public async Task What_PagerDuty_would_refuse_is_refused_before_sending_and_never_retried()
    {
        var tooLong = new string('k', 256);

        var failures = new[]
        {
            await Assert.ThrowsAsync<PagingException>(() => _client.SendAsync(Trigger(tooLong), default)),
            await Assert.ThrowsAsync<PagingException>(() => _client.SendAsync(new PagerDutyEvent(RoutingKey, PagerDutyAction.Trigger, "chatops-1"), default)),
            await Assert.ThrowsAsync<PagingException>(() => _client.SendAsync(PagerDutyEvent.Resolve(" ", "chatops-1"), default)),
        };

        Assert.All(failures, f => Assert.False(f.IsTransient));
        Assert.Equal("the dedup key is 256 characters; PagerDuty accepts at most 255", failures[0].Detail);
        Assert.Empty(_pagerDuty.Requests);
    }

    [Fact]
    public async Task Custom_details_that_make_the_event_over_512_KB_are_refused_before_sending()
    {
        var huge = Trigger("chatops-1") with { Payload = Trigger("chatops-1").Payload! with { CustomDetails = new Dictionary<string, string> { ["log"] = new('x', 600 * 1024) } } };

        var failure = await Assert.ThrowsAsync<PagingException>(() => _client.SendAsync(huge, default));

        Assert.False(failure.IsTransient);
        Assert.StartsWith("the event is ", failure.Detail, StringComparison.Ordinal);
        Assert.Empty(_pagerDuty.Requests);
    }

    [Fact]
    public async Task An_unreachable_PagerDuty_is_worth_retrying()
    {
        var closed = new PagerDutyEventsClient(_http, new PagerDutyEventsOptions { EventsUrl = UnusedPort.Url("v2/enqueue") }, _time);

        var failure = await Assert.ThrowsAsync<PagingException>(() => closed.SendAsync(Trigger("chatops-1"), default));

        Assert.True(failure.IsTransient);
        Assert.Null(failure.Status);
    }

    [Fact]
    public void The_fake_refuses_what_the_published_schema_refuses()
    {
        var example = JsonNode.Parse(File.ReadAllText(Support.SharedReference.PathTo("paging", "pagerduty-events-v2", "examples", "acknowledge.docs.json")))!;
        var schema = Support.PublishedSchema.PagerDutyEvent();

        Assert.Empty(schema.Validate(example));
        example["event_action"] = "snooze";
        Assert.NotEmpty(schema.Validate(example));
        example.AsObject().Remove("event_action");
        Assert.NotEmpty(schema.Validate(example));
    }

    private static PagerDutyEvent Trigger(string dedupKey) => PagerDutyEvent.Trigger(RoutingKey, dedupKey,
        new PagerDutyPayload("P0: Checkout API returns 503", "chatops", PagerDutySeverity.Critical)
        {
            Timestamp = Now.AddMinutes(-2),
            Component = "checkout",
            Group = "payments",
            Class = "api",
            CustomDetails = new Dictionary<string, string> { ["incident"] = "42", ["commander"] = "Dana" },
        }) with
    {
        Links = [new PagerDutyLink("https://slack.example.com/archives/C42", "Incident channel")],
        ClientUrl = "https://slack.example.com/archives/C42",
    };
}
