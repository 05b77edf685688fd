using System.Net;
using System.Text;
using System.Text.Json;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Tests.Shared;
using Xunit.Abstractions;

namespace ChatOps.Bot.Tests.Logging;

/// <summary>
/// What the built bot logs under the default settings while Slack declares an incident and asks ten more things: the
/// start-up summary, one line per incident event and refusal, and none of the framework's per-request or per-call
/// chatter. With <c>Logging__Console__FormatterName=json</c> every line is a JSON object with the structured fields.
/// </summary>
public sealed class WebHostLogTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secret = "web-host-log-signing-secret";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-logs-").FullName;
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync() => _slack = await SlackIncidentTest.StartWorkspaceAsync();

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task An_incident_and_ten_requests_log_the_summary_and_the_bots_own_lines_only()
    {
        var log = await RunIncidentAsync(json: false);

        Assert.Contains(log, l => l.Contains("starting: Slack (HTTP endpoints); runbook runbooks/default.yaml (embedded)", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains($"Storage: SQLite database {Path.Combine(_folder, "chatops.db")}; post-mortems in {Path.Combine(_folder, "postmortems")}; declarations announced in Slack {SlackIncidentTest.Announce}", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains("Listening on http://127.0.0.1:", StringComparison.Ordinal));
        Assert.Single(log, l => l.Contains($"declared INC-2026-001 (P2) by {SlackIncidentTest.Alice} on slack: Checkout is slow", StringComparison.Ordinal));
        Assert.Single(log, l => l.Contains($"refused 'frobnicate' for {SlackIncidentTest.Alice} on slack before storing it: Unknown command", StringComparison.Ordinal));
        Assert.DoesNotContain(log, l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal));
        Assert.DoesNotContain(log, l => l.Contains("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(log, l => l.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(log, l => l.StartsWith("at ", StringComparison.Ordinal));
        Assert.All(log, l => Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d (info|warn|fail|crit): ", l));
        // Start, storage, email, status page sync, listening, the local dashboard's address, the declaration and the refusal.
        Assert.True(log.Count <= 8, $"{log.Count} lines:\n{string.Join('\n', log)}");
    }

    [Fact]
    public async Task Json_console_output_is_one_object_per_line_with_the_structured_fields()
    {
        var log = await RunIncidentAsync(json: true);

        var entries = log.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var declared = Assert.Single(entries, e => e.GetProperty("Message").GetString()!.StartsWith("declared INC-2026-001", StringComparison.Ordinal));
        var state = declared.GetProperty("State");
        Assert.Equal("declared", state.GetProperty("Event").GetString());
        Assert.Equal("INC-2026-001", state.GetProperty("Incident").GetString());
        Assert.Equal("P2", state.GetProperty("Severity").GetString());
        Assert.Equal(SlackIncidentTest.Alice, state.GetProperty("Actor").GetString());
        Assert.Equal("slack", state.GetProperty("Platform").GetString());
        Assert.Contains(entries, e => e.GetProperty("State").TryGetProperty("Storage", out var storage) && storage.GetString()!.StartsWith("SQLite database", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.True(e.TryGetProperty("Timestamp", out _)));
    }

    /// <summary>Starts the bot on the fake Slack, declares one incident and sends ten more commands; returns the log lines.</summary>
    private async Task<List<string>> RunIncidentAsync(bool json)
    {
        var environment = new Dictionary<string, string>
        {
            ["Slack__SigningSecret"] = Secret,
            ["Slack__BotToken"] = "xoxb-log-test",
            ["Slack__ApiBaseUrl"] = _slack.BaseUrl.ToString(),
            ["Slack__AnnounceChannel"] = SlackIncidentTest.Announce,
            ["Slack__PostInterval"] = "00:00:00",
            ["Slack__People__oncall-engineer"] = SlackIncidentTest.OnCall,
            ["ConnectionStrings__ChatOps"] = Path.Combine(_folder, "chatops.db"),
            ["PostMortems__Directory"] = Path.Combine(_folder, "postmortems"),
        };
        if (json) environment["Logging__Console__FormatterName"] = "json";
        await using var bot = await BotProcess.StartAsync(_folder, environment, Timeout, urlsArgument: true);
        using var http = new HttpClient { BaseAddress = bot.Address, Timeout = Timeout };

        Assert.Equal(HttpStatusCode.OK, await CommandAsync(http, "declare P2 Checkout is slow", "log.1"));
        await _slack.WaitForCallAsync("pins.add", null, Timeout);
        for (var i = 2; i <= 10; i++) Assert.Equal(HttpStatusCode.OK, await CommandAsync(http, "help", $"log.{i}"));
        Assert.Equal(HttpStatusCode.OK, await CommandAsync(http, "frobnicate", "log.11"));
        await bot.WaitForOutputAsync("frobnicate", Timeout);
        await bot.WaitForOutputAsync("declared INC-2026-001", Timeout);
        bot.Kill();

        output.WriteLine(bot.Output);
        return bot.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    private async Task<HttpStatusCode> CommandAsync(HttpClient http, string text, string trigger)
    {
        var body = SlackDriver.SlashBody(SlackIncidentTest.Alice, SlackIncidentTest.General, text, trigger, _slack.ResponseUrl(trigger));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackEndpoints.Commands.TrimStart('/'))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", new SlackSignature(Secret, TimeProvider.System).Sign(timestamp, Encoding.UTF8.GetBytes(body)));
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
