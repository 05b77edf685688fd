using System.Net;
using System.Text;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Tests.Shared;
using Xunit.Abstractions;

namespace ChatOps.Bot.Tests.Faults;

/// <summary>
/// The bot process is killed without warning in the middle of a burst of declares and started again on the same
/// database: every declare Slack saw acknowledged ends with exactly one channel, one card and one pin.
/// </summary>
public sealed class KillDuringBurstTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Burst = 24;
    private const string Secret = "kill-test-signing-secret";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-kill-").FullName;
    private FakeSlackServer _slack = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _slack.AddChannel(SlackIncidentTest.General, "general");
        _slack.AddChannel(SlackIncidentTest.Announce, "incidents");
        _slack.AddUser(SlackIncidentTest.Alice, "alice");
    }

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
    public async Task Every_acknowledged_declare_ends_with_exactly_one_channel_and_one_card_after_a_kill()
    {
        var acknowledged = new List<string>();
        await using (var first = await BotProcess.StartAsync(_folder, Environment(), Timeout))
        {
            using var http = new HttpClient { BaseAddress = first.Address, Timeout = TimeSpan.FromSeconds(10) };
            var killAfter = Burst / 3;
            var sends = Enumerable.Range(1, Burst).Select(async i =>
            {
                var title = $"Burst incident {i:D2}";
                var ok = await DeclareAsync(http, title, i);
                if (!ok) return;
                lock (acknowledged)
                {
                    acknowledged.Add(title);
                    if (acknowledged.Count == killAfter) first.Kill();
                }
            }).ToList();
            await Task.WhenAll(sends);
            Assert.True(acknowledged.Count >= killAfter, $"only {acknowledged.Count} declares were acknowledged before the kill:\n{first.Output}");
        }

        await using var second = await BotProcess.StartAsync(_folder, Environment(), Timeout);
        foreach (var title in acknowledged)
            await _slack.WaitForCallAsync("pins.add", c => ChannelOf(title) is { } channel && c.Arg("channel") == channel.Id, Timeout);

        foreach (var title in acknowledged)
        {
            var slug = Slug(title);
            var channels = _slack.Channels.Where(c => c.Name.EndsWith(slug, StringComparison.Ordinal) || c.Name.Contains(slug + "-", StringComparison.Ordinal)).ToList();
            var channel = Assert.Single(channels);
            Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage" && c.Arg("channel") == channel.Id);
            Assert.Single(channel.PinnedTs);
        }
        output.WriteLine($"{acknowledged.Count} of {Burst} acknowledged; {_slack.Channels.Count(c => c.Name.StartsWith("inc-", StringComparison.Ordinal))} incident channels; {_slack.Calls.Count(c => c.Method == "conversations.list")} interrupted creations checked, {_slack.Calls.Count(c => c.Method == "conversations.history")} interrupted posts checked");
        Assert.Equal(_slack.Channels.Count(c => c.Name.StartsWith("inc-", StringComparison.Ordinal)), _slack.Channels.Select(c => c.Name).Where(n => n.StartsWith("inc-", StringComparison.Ordinal)).Select(n => n[13..]).Distinct().Count());
    }

    private FakeChannel? ChannelOf(string title) => _slack.Channels.FirstOrDefault(c => c.Name.EndsWith(Slug(title), StringComparison.Ordinal));

    private static string Slug(string title) => title.ToLowerInvariant().Replace(' ', '-');

    private async Task<bool> DeclareAsync(HttpClient http, string title, int n)
    {
        var body = SlackDriver.SlashBody(SlackIncidentTest.Alice, SlackIncidentTest.General, $"declare P2 {title}", $"kill.{n}", _slack.ResponseUrl($"kill-{n}"));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackEndpoints.Commands.TrimStart('/'))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", new SlackSignature(Secret, TimeProvider.System).Sign(timestamp, Encoding.UTF8.GetBytes(body)));
        try
        {
            using var response = await http.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Slack__SigningSecret"] = Secret,
        ["Slack__BotToken"] = "xoxb-kill-test",
        ["Slack__ApiBaseUrl"] = _slack.BaseUrl.ToString(),
        ["Slack__AnnounceChannel"] = SlackIncidentTest.Announce,
        ["Slack__PostInterval"] = "00:00:00",
        ["ConnectionStrings__ChatOps"] = Path.Combine(_folder, "chatops.db"),
        ["PostMortems__Directory"] = Path.Combine(_folder, "postmortems"),
        ["Outbox__Lease"] = "00:00:02",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
