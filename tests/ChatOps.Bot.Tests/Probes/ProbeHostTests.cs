using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Runbooks;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Bot.Tests.Support;
using ChatOps.Bot.Workers;
using ChatOps.Core.Ports;
using ChatOps.Core.Runbooks;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Probes;

/// <summary>
/// The bot on Slack with a runbook whose probes point at loopback services, on a manual clock: probes run at
/// declaration, on request and every minute while the incident is open, and their results reach the channel, the
/// triage walk and the post-mortem; a slow, huge or redirecting target harms nothing.
/// </summary>
public sealed class ProbeHostTests : SlackIncidentTest
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private readonly FakeTimeProvider _time = new(LoopbackBotHost.Start);
    private ProbeTarget _elsewhere = null!;
    private ProbeTarget _target = null!;

    protected override FakeTimeProvider Clock => _time;

    protected override Runbook Runbook => RunbookSource.LoadEmbedded().Runbook! with
    {
        Probes = new ProbePolicy(
        [
            Probe("api-health", "/switch", "API"),
            Probe("slow", "/slow", "Payments"),
            Probe("huge", "/huge", "Search") with { JsonField = "status", JsonValue = "ok" },
            Probe("away", "/away", "Webhooks"),
            Probe("keyed", "/keyed", "Partners") with { HeaderVariables = new Dictionary<string, string> { ["X-Api-Key"] = "PARTNER_PROBE_KEY" } },
            Probe("unkeyed", "/keyed", "Partners") with { HeaderVariables = new Dictionary<string, string> { ["X-Api-Key"] = "MISSING_PROBE_KEY" } },
        ], Every),
    };

    private ProbeWorker Worker => Host.Services.GetRequiredService<ProbeWorker>();

    public override async Task InitializeAsync()
    {
        _elsewhere = await ProbeTarget.StartAsync(_time);
        _target = await ProbeTarget.StartAsync(_time, elsewhere: _elsewhere.Root);
        await base.InitializeAsync();
    }

    protected override void Configure(Dictionary<string, string?> settings) => settings["PARTNER_PROBE_KEY"] = "probe-key";

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _target.DisposeAsync();
        await _elsewhere.DisposeAsync();
    }

    [Fact]
    public async Task Declaring_with_affected_services_runs_their_probes_at_once_and_triage_shows_the_results_as_evidence()
    {
        _target.SwitchStatus = 503;

        var channel = await DeclareWithServicesAsync("API");

        var failing = await PostedAsync(channel.Id, "Health probe api-health: FAILING");
        Assert.Contains("api-health: failing: 503 after 0 ms; body: Service Unavailable: upstream", Shown(failing));
        Assert.False(_target.SlowArrived.Task.IsCompleted, "only the probes of the affected services run");
        await Driver.SlashAsync(Alice, channel.Id, "triage");
        var question = await Slack.WaitForCallAsync("chat.postMessage", c => c.Arg("channel") == channel.Id && Shown(c).Contains("Evidence from health probes", StringComparison.Ordinal), Wait);
        Assert.Contains("- api-health: failing: 503 after 0 ms; body: Service Unavailable", Shown(question));
    }

    [Fact]
    public async Task A_target_answering_200_then_503_then_200_is_posted_failing_once_and_recovered_once()
    {
        var channel = await DeclareWithServicesAsync("API");
        await PostedAsync(channel.Id, "Health probe api-health: passing");

        _target.SwitchStatus = 503;
        await NextRoundAsync(0);
        await PostedAsync(channel.Id, "Health probe api-health FAILED at 2026-03-14 09:01 UTC (503 after 0 ms; body: Service Unavailable");
        await NextRoundAsync(1);
        await Worker.Progress.RecordedAtLeast(3).WaitAsync(Wait);
        _target.SwitchStatus = 200;
        await NextRoundAsync(2);
        var recovered = await PostedAsync(channel.Id, "Health probe api-health recovered at 2026-03-14 09:03 UTC (200 after 0 ms).");
        Assert.Contains("/incident update monitoring", recovered.Arg("text"));
        await NextRoundAsync(3);
        await Worker.Progress.RecordedAtLeast(5).WaitAsync(Wait);
        await Host.InboxIdleAsync();

        Assert.Equal(1, PostsIn(channel, "FAILED at"));
        Assert.Equal(1, PostsIn(channel, "recovered at"));
        Assert.Equal(1, PostsIn(channel, "Health probe api-health: passing"));
        Assert.Equal(5, (await IncidentAsync()).Timeline.Count(t => t.Kind == "probe"));
    }

    [Fact]
    public async Task A_slow_target_times_out_on_the_clock_while_the_fast_result_is_already_in_and_chat_stays_quick()
    {
        var channel = await DeclareWithServicesAsync("API, Payments");

        await PostedAsync(channel.Id, "Health probe api-health: passing");
        await _target.SlowArrived.Task.WaitAsync(Wait);
        var status = await Driver.SlashAsync(Bob, channel.Id, "status").WaitAsync(TimeSpan.FromSeconds(3));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains("api-health: passing: 200", await status.Content.ReadAsStringAsync());
        await Driver.SlashAsync(Alice, channel.Id, "note Looking at payments").WaitAsync(TimeSpan.FromSeconds(3));
        await Host.InboxIdleAsync();
        Assert.Contains((await IncidentAsync()).Timeline, t => t.Text == "Looking at payments");
        Assert.Equal(0, PostsIn(channel, "Health probe slow"));

        await Host.AdvanceAsync(TimeSpan.FromSeconds(5));

        await PostedAsync(channel.Id, "Health probe slow: FAILING");
        Assert.Contains((await IncidentAsync()).Probes, p => p.Description == "slow: failing: timed out after 5000 ms");
    }

    [Fact]
    public async Task A_huge_body_is_capped_and_a_redirect_to_another_host_is_not_followed()
    {
        var channel = await DeclareWithServicesAsync("Search, Webhooks");

        var huge = await PostedAsync(channel.Id, "Health probe huge: FAILING");
        Assert.Contains("the body is over 64 KB, so status was not read", Shown(huge));
        var away = await PostedAsync(channel.Id, "Health probe away: FAILING");
        Assert.Contains("redirect to another host", Shown(away));
        Assert.Equal(0, _elsewhere.Hits);
        var stored = (await IncidentAsync()).Probes.Single(p => p.Name == "huge");
        Assert.InRange(stored.Excerpt.Length, 1, 200);
    }

    [Fact]
    public async Task Probe_by_name_and_all_post_results_header_values_come_from_settings_and_unknown_names_are_refused()
    {
        var channel = await DeclareWithServicesAsync("API");
        await PostedAsync(channel.Id, "Health probe api-health: passing");

        var unknown = await Driver.SlashAsync(Bob, channel.Id, "probe nope");
        Assert.Contains("No probe 'nope' in this runbook; choose one of: api-health, slow, huge, away, keyed, unkeyed (or all).", await unknown.Content.ReadAsStringAsync());

        await Driver.SlashAsync(Alice, channel.Id, "probe api-health");
        await Worker.Progress.RecordedAtLeast(2).WaitAsync(Wait);
        await Host.InboxIdleAsync();
        Assert.Contains(Slack.ResponsePosts, p => JsonNode.Parse(p.Body)!["text"]!.GetValue<string>() == "Running api-health; results will be posted here.");
        Assert.Equal(2, PostsIn(channel, "Health probe api-health: passing"));

        await Driver.SlashAsync(Alice, channel.Id, "probe all");
        await PostedAsync(channel.Id, "Health probe keyed: passing");
        var unkeyed = await PostedAsync(channel.Id, "Health probe unkeyed: FAILING");
        Assert.Contains("not sent: the environment variable MISSING_PROBE_KEY (for header X-Api-Key) is not set", Shown(unkeyed));
        await PostedAsync(channel.Id, "Health probe huge: FAILING");
        await PostedAsync(channel.Id, "Health probe away: FAILING");
    }

    [Fact]
    public async Task Probes_stop_once_the_incident_is_resolved_and_the_post_mortem_lists_their_results()
    {
        var channel = await DeclareWithServicesAsync("API");
        await PostedAsync(channel.Id, "Health probe api-health: passing");
        await NextRoundAsync(0);
        await Worker.Progress.RecordedAtLeast(2).WaitAsync(Wait);

        await Driver.SlashAsync(Alice, channel.Id, "resolve Rolled back");
        await Host.InboxIdleAsync();
        var hits = _target.Hits;
        await NextRoundAsync(1);
        await Worker.Progress.WaitingAfter(2).WaitAsync(Wait);

        Assert.Equal(hits, _target.Hits);
        var postMortem = await File.ReadAllTextAsync(Directory.GetFiles(Host.PostMortemFolder).Single());
        Assert.Contains("## Health probes (UTC)", postMortem);
        Assert.Contains("| 2026-03-14 09:00:00 | api-health: passing: 200 after 0 ms | 1 more until 2026-03-14 09:01:00 |", postMortem);
    }

    private Probe Probe(string name, string path, string service) =>
        new(name, _target.Url(path), "GET", 200, null, null, TimeSpan.FromSeconds(5), new Dictionary<string, string>(), [service]);

    /// <summary>Declares with the modal, naming <paramref name="services"/> as affected.</summary>
    private async Task<FakeChannel> DeclareWithServicesAsync(string services)
    {
        await Driver.SlashAsync(Alice, General, "declare");
        var opened = await Slack.WaitForCallAsync("views.open", null, Wait);
        var view = JsonNode.Parse(opened.Arg("view")!)!.AsObject();
        await Driver.SubmitAsync(Alice, view, new() { ["title"] = "Checkout is down", ["severity"] = "P1", ["services"] = services });
        await Slack.WaitForCallAsync("pins.add", null, Wait);
        return Slack.Channels.Single(c => c.Name.StartsWith("inc-", StringComparison.Ordinal));
    }

    /// <summary>Waits until the worker waits for the round after <paramref name="rounds"/>, then moves the clock on to it.</summary>
    private async Task NextRoundAsync(int rounds)
    {
        await Worker.Progress.WaitingAfter(rounds).WaitAsync(Wait);
        await Host.AdvanceAsync(Every);
    }

    /// <summary>What a posted message shows: its text and its blocks.</summary>
    private static string Shown(SlackCall call) => (call.Arg("text") ?? "") + (call.Arg("blocks") ?? "");

    private int PostsIn(FakeChannel channel, string text) =>
        Slack.Calls.Count(c => c.Method == "chat.postMessage" && c.Arg("channel") == channel.Id && (c.Arg("text") ?? "").Contains(text, StringComparison.Ordinal));

    private async Task<Core.Incidents.Incident> IncidentAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IIncidentStore>().ListAsync(includeEnded: true, CancellationToken.None)).Single();
    }
}
