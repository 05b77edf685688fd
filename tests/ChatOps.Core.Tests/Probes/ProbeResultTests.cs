using ChatOps.Core.Commands;
using ChatOps.Core.Engine;
using ChatOps.Core.Incidents;
using ChatOps.Core.PostMortems;
using ChatOps.Core.Probes;
using ChatOps.Core.Runbooks;
using ChatOps.Core.Tests.Support;

namespace ChatOps.Core.Tests.Probes;

/// <summary>Probe results reach the incident: timeline, latest state, flips posted once each way, evidence for triage and the post-mortem.</summary>
public class ProbeResultTests
{
    private static readonly CommandContext Bot = new(IncidentEngine.BotName, "", "shell");
    private readonly IncidentHarness _h = new(ProbeRunbooks.WithProbes());

    [Fact]
    public async Task The_first_results_are_posted_and_same_state_periodic_results_are_only_recorded()
    {
        var incident = await _h.DeclareAsync("P1");
        var posts = _h.Chat.Posts.Count;

        await RecordAsync(incident, ProbeRun.Declared, Passing("api-health"));
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        await RecordAsync(incident, ProbeRun.Periodic, Passing("api-health"));
        await RecordAsync(incident, ProbeRun.Periodic, Passing("api-health"));

        var posted = _h.Chat.Posts.Skip(posts).ToList();
        Assert.Equal("Health probe api-health: passing (" + incident.Number + ")", Assert.Single(posted).Message.Card!.Title);
        Assert.Equal(3, incident.Timeline.Count(t => t.Kind == Incident.ProbeKind));
        Assert.True(Assert.Single(incident.Probes).Passed);
    }

    [Fact]
    public async Task A_flip_to_failing_and_back_is_posted_once_each_way_and_recovery_suggests_monitoring()
    {
        var incident = await _h.DeclareAsync("P1");
        await RecordAsync(incident, ProbeRun.Declared, Passing("api-health"));
        var posts = _h.Chat.Posts.Count;

        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        await RecordAsync(incident, ProbeRun.Periodic, Failing("api-health"));
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        await RecordAsync(incident, ProbeRun.Periodic, Failing("api-health"));
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        await RecordAsync(incident, ProbeRun.Periodic, Passing("api-health", elapsed: 80));
        await RecordAsync(incident, ProbeRun.Periodic, Passing("api-health"));

        var texts = _h.Chat.Posts.Skip(posts).Select(p => p.Message.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Equal("Health probe api-health FAILED at 2026-03-14 09:01 UTC (503 after 120 ms; body: No server is available.); it was passing before.", texts[0]);
        Assert.StartsWith("Health probe api-health recovered at 2026-03-14 09:03 UTC (200 after 80 ms).", texts[1], StringComparison.Ordinal);
        Assert.Contains($"move {incident.Number} to monitoring: /incident update monitoring <what was done>", texts[1]);
        Assert.Equal(5, incident.Timeline.Count(t => t.Kind == Incident.ProbeKind));
    }

    [Fact]
    public async Task A_recovery_while_monitoring_does_not_suggest_monitoring_again()
    {
        var incident = await _h.DeclareAsync("P1");
        await RecordAsync(incident, ProbeRun.Declared, Failing("api-health"));
        await _h.RunInAsync(incident, "alice", "/incident update monitoring Rolled back");

        await RecordAsync(incident, ProbeRun.Periodic, Passing("api-health"));

        var recovered = _h.Chat.Posts.Last().Message.Text;
        Assert.Contains("recovered", recovered);
        Assert.DoesNotContain("/incident update monitoring", recovered);
    }

    [Fact]
    public async Task A_periodic_result_that_arrives_after_resolution_is_not_recorded()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident resolve Fixed");
        var timeline = incident.Timeline.Count;

        await RecordAsync(incident, ProbeRun.Periodic, Failing("api-health"));

        Assert.Equal(timeline, incident.Timeline.Count);
        Assert.Empty(incident.Probes);
    }

    [Fact]
    public async Task Triage_questions_show_the_latest_probe_results_as_evidence()
    {
        var incident = await _h.DeclareAsync("P1");
        await RecordAsync(incident, ProbeRun.Declared, Failing("api-health"), Passing("checkout"));

        await _h.RunInAsync(incident, "bob", "/incident triage");

        var card = _h.Chat.PostsIn(incident.ChannelId).Last().Message.Card!;
        Assert.StartsWith("Triage 1/", card.Title, StringComparison.Ordinal);
        var evidence = card.Sections[1];
        Assert.StartsWith("Evidence from health probes:", evidence, StringComparison.Ordinal);
        Assert.Contains("- api-health: failing: 503 after 120 ms; body: No server is available.", evidence);
        Assert.Contains("- checkout: passing: 200 after 3 ms", evidence);
    }

    [Fact]
    public async Task Triage_without_probe_results_shows_the_question_alone()
    {
        var incident = await _h.DeclareAsync("P1");

        await _h.RunInAsync(incident, "bob", "/incident triage");

        Assert.Single(_h.Chat.PostsIn(incident.ChannelId).Last().Message.Card!.Sections);
    }

    [Fact]
    public async Task The_post_mortem_lists_probe_results_in_their_own_section_with_repeats_folded()
    {
        var incident = await _h.DeclareAsync("P1");
        await RecordAsync(incident, ProbeRun.Declared, Failing("api-health"));
        for (var i = 0; i < 3; i++)
        {
            _h.Clock.Advance(TimeSpan.FromMinutes(1));
            await RecordAsync(incident, ProbeRun.Periodic, Failing("api-health"));
        }
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        await RecordAsync(incident, ProbeRun.Periodic, Passing("api-health"));

        var markdown = PostMortemRenderer.Render(incident, _h.Runbook, _h.Clock.GetUtcNow());

        var section = markdown[markdown.IndexOf(ProbeSection.Heading, StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        Assert.Contains("| 2026-03-14 09:00:00 | api-health: failing: 503 after 120 ms; body: No server is available. | 3 more until 2026-03-14 09:03:00 |", section);
        Assert.Contains("| 2026-03-14 09:04:00 | api-health: passing: 200 after 3 ms | - |", section);
        var timeline = markdown[markdown.IndexOf("## Timeline", StringComparison.Ordinal)..markdown.IndexOf(ProbeSection.Heading, StringComparison.Ordinal)];
        Assert.DoesNotContain("probe: api-health", timeline);
    }

    [Fact]
    public async Task Status_lists_the_latest_probe_results_apart_from_the_timeline()
    {
        var incident = await _h.DeclareAsync("P1");
        await _h.RunInAsync(incident, "alice", "/incident note Looking at the API");
        for (var i = 0; i < 5; i++) await RecordAsync(incident, ProbeRun.Periodic, Passing("api-health"));

        var reply = await _h.RunInAsync(incident, "bob", "/incident status");

        Assert.Contains("Looking at the API", reply.Text);
        Assert.Contains("Health probes (latest):\n2026-03-14 09:00 UTC  api-health: passing: 200 after 3 ms", reply.Text);
    }

    private async Task RecordAsync(Incident incident, ProbeRun run, params ProbeReading[] results)
    {
        var reply = await _h.Service.ExecuteAsync(Bot, new RecordProbeResultsCommand(incident.Number, run, results));
        Assert.False(reply.IsError, reply.Text);
    }

    private ProbeReading Passing(string name, long elapsed = 3) =>
        new(name, true, 200, null, elapsed, "{\"status\":\"ok\"}", _h.Clock.GetUtcNow(), $"{name}: passing: 200 after {elapsed} ms");

    private ProbeReading Failing(string name) =>
        new(name, false, 503, null, 120, "No server is available.", _h.Clock.GetUtcNow(), $"{name}: failing: 503 after 120 ms");
}

/// <summary>The default runbook with two probes: one for the API, one for every incident.</summary>
internal static class ProbeRunbooks
{
    public static Runbook WithProbes() => TestRunbooks.Default with
    {
        Probes = new ProbePolicy(
        [
            Probe("api-health", "https://api.example.com/api/health", "API"),
            Probe("checkout", "https://shop.example.com/checkout/health", "Checkout"),
            Probe("edge", "https://www.example.com/"),
        ], TimeSpan.FromMinutes(1)),
    };

    private static Probe Probe(string name, string url, params string[] services) =>
        new(name, new Uri(url), "GET", 200, null, null, TimeSpan.FromSeconds(5), new Dictionary<string, string>(), services);
}
