using ChatOps.Bot.Probes;
using ChatOps.Bot.Tests.Support;

namespace ChatOps.Bot.Tests.Probes;

/// <summary>Probes against loopback services on a manual clock: healthy, failing, slow, huge, redirecting, unreachable.</summary>
public sealed class ProbeRunnerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.Zero));
    private ProbeTarget _elsewhere = null!;
    private ProbeTarget _target = null!;
    private ProbeRunner _runner = null!;

    public async Task InitializeAsync()
    {
        _elsewhere = await ProbeTarget.StartAsync(_time);
        _target = await ProbeTarget.StartAsync(_time, elsewhere: _elsewhere.Root);
        _runner = new ProbeRunner(_time);
    }

    public async Task DisposeAsync()
    {
        _runner.Dispose();
        await _target.DisposeAsync();
        await _elsewhere.DisposeAsync();
    }

    [Fact]
    public async Task A_healthy_endpoint_with_the_expected_field_passes()
    {
        var result = await Run(Probe("/health") with { JsonField = "status", ExpectedValue = "ok" });

        Assert.True(result.Passed, result.Description);
        Assert.Equal(200, result.StatusCode);
        Assert.Null(result.Failure);
        Assert.Equal("API health: passing: 200 after 0 ms", result.Description);
        Assert.StartsWith("{\"status\":\"ok\"", result.Excerpt, StringComparison.Ordinal);
        Assert.Equal(_time.GetUtcNow(), result.At);
    }

    [Theory]
    [InlineData("checks.db.status", "ok")]
    [InlineData("regions.0.up", "true")]
    [InlineData("regions.0.name", "eu")]
    public async Task Nested_fields_and_array_items_are_read(string field, string expected)
    {
        Assert.True((await Run(Probe("/health") with { JsonField = field, ExpectedValue = expected })).Passed);
    }

    [Fact]
    public async Task A_200_whose_field_does_not_match_fails_saying_what_it_found()
    {
        var result = await Run(Probe("/degraded") with { JsonField = "status", ExpectedValue = "ok" });

        Assert.False(result.Passed);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("API health: failing: 200, status is \"degraded\", expected \"ok\" after 0 ms", result.Description);
    }

    [Theory]
    [InlineData("/health", "checks.cache.status", "no checks.cache.status in the body")]
    [InlineData("/health", "checks", "checks is an object, expected \"ok\"")]
    [InlineData("/not-json", "status", "the body is not JSON, so status was not read")]
    public async Task A_missing_field_or_a_body_that_is_not_JSON_fails(string path, string field, string failure)
    {
        var result = await Run(Probe(path) with { JsonField = field, ExpectedValue = "ok" });

        Assert.False(result.Passed);
        Assert.Equal(failure, result.Failure);
    }

    [Fact]
    public async Task A_503_fails_with_its_status_and_the_time_it_took_on_the_clock()
    {
        var result = await Run(Probe("/down") with { JsonField = "status", ExpectedValue = "ok" });

        Assert.False(result.Passed);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(120, result.ElapsedMs);
        Assert.Equal("API health: failing: 503 after 120 ms", result.Description);
    }

    [Fact]
    public async Task The_excerpt_is_one_inert_line_of_at_most_200_characters()
    {
        var result = await Run(Probe("/down"));

        Assert.Equal("<html><body> <h1>503 Service Unavailable</h1> gnp.lmth No server is available.</body></html>", result.Excerpt);
        Assert.DoesNotContain(result.Excerpt, c => char.IsControl(c) || c is '\u202E' or '\u202C');
    }

    [Fact]
    public async Task An_unexpected_status_names_the_expected_one_unless_it_is_200()
    {
        var result = await Run(Probe("/health") with { ExpectedStatus = 204 });

        Assert.Equal("API health: failing: 200, expected 204 after 0 ms", result.Description);
    }

    [Fact]
    public async Task A_slow_endpoint_times_out_on_the_manual_clock_without_waiting()
    {
        var running = _runner.RunAsync(Probe("/slow") with { Timeout = TimeSpan.FromSeconds(2) }, default);
        await _target.SlowArrived.Task.WaitAsync(Patience);
        Assert.False(running.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(2));
        var result = await running.WaitAsync(Patience);

        Assert.False(result.Passed);
        Assert.Null(result.StatusCode);
        Assert.Equal("API health: failing: timed out after 2000 ms", result.Description);
    }

    [Fact]
    public async Task One_slow_probe_does_not_hold_up_the_others()
    {
        var all = _runner.RunAllAsync([Probe("/slow") with { Name = "Slow", Timeout = TimeSpan.FromSeconds(3) }, Probe("/health")], default);
        await _target.SlowArrived.Task.WaitAsync(Patience);

        var healthy = await Run(Probe("/health") with { Name = "Meanwhile" });
        Assert.True(healthy.Passed);
        Assert.False(all.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(3));
        var results = await all.WaitAsync(Patience);
        Assert.Equal("Slow: failing: timed out after 3000 ms", results[0].Description);
        // The fast one's elapsed time depends on whether it had finished before the clock moved (a busy machine): not asserted.
        Assert.StartsWith("API health: passing: 200 after ", results[1].Description);
    }

    [Fact]
    public async Task An_endless_body_is_cut_off_after_64_KB_and_its_field_not_read()
    {
        var statusOnly = await Run(Probe("/huge"));
        var withField = await Run(Probe("/huge") with { JsonField = "status", ExpectedValue = "ok" });

        Assert.True(statusOnly.Passed, statusOnly.Description);
        Assert.Equal(200, statusOnly.Excerpt.Length);
        Assert.False(withField.Passed);
        Assert.Equal("the body is over 64 KB, so status was not read", withField.Failure);
    }

    [Fact]
    public async Task A_redirect_to_another_port_is_not_followed()
    {
        var result = await Run(Probe("/away"));

        Assert.False(result.Passed);
        Assert.Equal(302, result.StatusCode);
        Assert.Equal($"redirect to another host ({_elsewhere.Url("health")}) not followed", result.Failure);
        Assert.Equal(0, _elsewhere.Hits);
    }

    [Fact]
    public async Task A_redirect_to_another_address_on_the_same_port_is_not_followed()
    {
        var result = await Run(Probe("/other-host"));

        Assert.False(result.Passed);
        Assert.StartsWith("redirect to another host (http://127.0.0.2:", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_within_the_same_origin_is_followed()
    {
        var result = await Run(Probe("/here") with { JsonField = "status", ExpectedValue = "ok" });

        Assert.True(result.Passed, result.Description);
        Assert.Equal(2, _target.Hits);
    }

    [Fact]
    public async Task A_redirect_loop_stops_after_three()
    {
        var result = await Run(Probe("/loop"));

        Assert.Equal("more than 3 redirects", result.Failure);
        Assert.Equal(4, _target.Hits);
    }

    [Fact]
    public async Task A_refused_connection_fails_saying_so()
    {
        var result = await Run(new ProbeDefinition("API health", UnusedPort.Url("health")));

        Assert.False(result.Passed);
        Assert.Null(result.StatusCode);
        Assert.Equal("connection refused", result.Failure);
    }

    [Fact]
    public async Task Configured_headers_are_sent()
    {
        Assert.Equal(401, (await Run(Probe("/keyed"))).StatusCode);
        Assert.True((await Run(Probe("/keyed") with { Headers = new Dictionary<string, string> { ["X-Api-Key"] = "probe-key" } })).Passed);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/health")]
    [InlineData("file:///etc/passwd")]
    public async Task Only_absolute_http_addresses_are_probed(string url)
    {
        var result = await Run(new ProbeDefinition("API health", new Uri(url)));

        Assert.Equal("the URL must be an absolute http:// or https:// address", result.Failure);
    }

    [Fact]
    public async Task A_header_value_with_a_line_break_is_not_sent()
    {
        var result = await Run(Probe("/keyed") with { Headers = new Dictionary<string, string> { ["X-Api-Key"] = "probe-key\r\nX-Injected: 1" } });

        Assert.False(result.Passed);
        Assert.Equal("header X-Api-Key cannot be sent (check its name and value)", result.Failure);
        Assert.Equal(0, _target.Hits);
    }

    private ProbeDefinition Probe(string path) => new("API health", _target.Url(path));

    private Task<ProbeResult> Run(ProbeDefinition probe) => _runner.RunAsync(probe, default).WaitAsync(Patience);
}
