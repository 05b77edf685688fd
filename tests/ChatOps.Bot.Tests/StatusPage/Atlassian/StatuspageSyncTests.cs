using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Paging.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Bot.Tests.Support;
using ChatOps.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace ChatOps.Bot.Tests.StatusPage.Atlassian;

/// <summary>
/// The real host (Slack fake, fake clock) syncing to a fake Atlassian Statuspage on loopback, with the shipped runbook
/// whose API component has a Statuspage id.
/// </summary>
public sealed class StatuspageSyncTests : SlackIncidentTest
{
    private const string ApiComponent = "8kbf7d35c070";
    private readonly FakeTimeProvider _clock = new(LoopbackBotHost.Start);
    private FakeStatuspageServer _statuspage = null!;
    private string _runbookFolder = "";

    protected override FakeTimeProvider? Clock => _clock;

    public override async Task InitializeAsync()
    {
        _statuspage = await FakeStatuspageServer.StartAsync();
        _runbookFolder = Directory.CreateTempSubdirectory("chatops-statuspage-runbook-").FullName;
        const string Api = "- { key: api, name: API, description: Public REST API, group: Platform }";
        var yaml = File.ReadAllText(RepoFiles.Path("runbooks", "default.yaml")).ReplaceLineEndings("\n");
        Assert.Contains(Api, yaml);
        await File.WriteAllTextAsync(Path.Combine(_runbookFolder, "statuspage.yaml"),
            yaml.Replace(Api, $"- {{ key: api, name: API, description: Public REST API, group: Platform, statuspage-id: {ApiComponent} }}", StringComparison.Ordinal));
        await base.InitializeAsync();
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Runbook:Path"] = Path.Combine(_runbookFolder, "statuspage.yaml");
        settings["StatusPage:Atlassian:PageId"] = FakeStatuspageServer.PageId;
        settings["StatusPage:Atlassian:ApiKey"] = FakeStatuspageServer.ApiKey;
        settings["StatusPage:Atlassian:ApiBaseUrl"] = _statuspage.ApiBaseUrl.ToString();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _statuspage.DisposeAsync();
    }

    private async Task SlashAsync(string channel, string text)
    {
        await Driver.SlashAsync(Alice, channel, text);
        await Host.InboxIdleAsync();
    }

    private async Task AdvanceAsync(TimeSpan step)
    {
        await Host.AdvanceAsync(step);
        await Host.InboxIdleAsync();
    }

    [Fact]
    public async Task A_P1_published_investigating_identified_then_resolved_makes_one_Statuspage_incident_despite_a_429_and_a_lost_500()
    {
        var channel = await DeclareAsync("declare P1 Primary DB failover on db-7 internal-secret");
        await Host.InboxIdleAsync();
        _statuspage.AnswerNextCreate(new ScriptedAnswer(429, """{"error":"Rate limit exceeded"}""", ("Retry-After", "20")));
        _statuspage.AnswerNextCreate(new ScriptedAnswer(500, """{"error":"Internal server error"}"""), applied: true);

        await SlashAsync(channel.Id, "publish title Elevated API errors");
        await SlashAsync(channel.Id, "publish investigating --component api=partial_outage Some API requests fail.");
        Assert.Empty(_statuspage.Incidents);
        Assert.Single(_statuspage.Requests);

        // The 429 asked for 20 s: nothing before then, then the create is made but its answer is a 500.
        await AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Single(_statuspage.Requests);
        await AdvanceAsync(TimeSpan.FromSeconds(11));
        Assert.Single(_statuspage.Incidents);
        // The backoff retry looks among the unresolved incidents first, finds ours and patches it.
        for (var i = 0; i < 10 && _statuspage.Requests.Count(r => r.Method == "PATCH") == 0; i++) await AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Contains(_statuspage.Requests, r => r.Method == "GET" && r.Path.EndsWith("/incidents/unresolved", StringComparison.Ordinal));

        await AdvanceAsync(TimeSpan.FromMinutes(30));
        await SlashAsync(channel.Id, "publish identified --component api=major_outage We found the cause and are fixing it.");
        await AdvanceAsync(TimeSpan.FromMinutes(30));
        await SlashAsync(channel.Id, "resolve rolled back the failover");
        await AdvanceAsync(TimeSpan.FromMinutes(1));

        var incident = Assert.Single(_statuspage.Incidents);
        Assert.Equal("Elevated API errors", incident.Name);
        Assert.Equal(["investigating", "identified", "resolved"], incident.Statuses.Where((s, i) => i == 0 || incident.Statuses[i - 1] != s));
        Assert.Equal("operational", _statuspage.Components[ApiComponent]);
        Assert.Equal(2, _statuspage.Requests.Count(r => r.Method == "POST"));
        Assert.All(_statuspage.Requests, r => Assert.Equal(("OAuth " + FakeStatuspageServer.ApiKey, 0), (r.Authorization, r.Violations.Count)));
        var create = _statuspage.Requests.First(r => r.Method == "POST").Json!["incident"]!;
        Assert.Equal("partial_outage", (string?)create["components"]![ApiComponent]);
        Assert.Equal([ApiComponent], create["component_ids"]!.AsArray().Select(c => (string?)c));
        Assert.NotNull(create["metadata"]!["chatops"]!["id"]);
        Assert.All(_statuspage.Requests, r => Assert.DoesNotContain("internal-secret", r.Body));
        Assert.All(_statuspage.Requests, r => Assert.DoesNotContain("INC-2026", r.Body));
        Assert.Equal("ok", (string?)JsonNode.Parse(await Host.Client.GetStringAsync("/healthz"))!["status"]);
    }

    [Theory]
    [InlineData(400, """{"error":"Incident name can't be blank"}""")]
    [InlineData(401, """{"error":"Could not authenticate"}""")]
    public async Task A_refused_push_is_parked_and_said_in_the_channel(int status, string answer)
    {
        var channel = await DeclareAsync("declare P1 Login slow");
        await Host.InboxIdleAsync();
        _statuspage.AnswerNextCreate(new ScriptedAnswer(status, answer));

        await SlashAsync(channel.Id, "publish investigating Logins are slow.");

        await PostedAsync(channel.Id, $"Atlassian Statuspage was not updated (investigating for INC-2026-001): Statuspage create incident failed: HTTP {status}");
        Assert.Empty(_statuspage.Incidents);
        var health = JsonNode.Parse(await Host.Client.GetStringAsync("/healthz"))!;
        Assert.Equal(("degraded", 1), ((string?)health["status"], (int?)health["outbox"]!["parked"]));
    }

    [Fact]
    public async Task A_component_change_before_any_publication_patches_the_component_only()
    {
        var channel = await DeclareAsync("declare P2 Webhooks delayed");
        await Host.InboxIdleAsync();

        await SlashAsync(channel.Id, "component api degraded_performance");

        var patch = Assert.Single(_statuspage.Requests);
        Assert.Equal(("PATCH", $"/v1/pages/{FakeStatuspageServer.PageId}/components/{ApiComponent}", 0), (patch.Method, patch.Path, patch.Violations.Count));
        Assert.Equal("degraded_performance", _statuspage.Components[ApiComponent]);
        Assert.Empty(_statuspage.Incidents);
    }
}
