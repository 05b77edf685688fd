using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Slack.Inbound;
using ChatOps.Bot.Tests.Slack.Fakes;
using ChatOps.Bot.Tests.Slack.Host;
using ChatOps.Bot.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatOps.Bot.Tests.Faults;

/// <summary>
/// The SQLite database stops taking writes in the middle of a burst of declares and takes them again while the bot
/// runs: no declare is acknowledged that was not stored, each refused one gets a 503 that says so, readiness fails and
/// <c>/healthz</c> turns degraded with the error while it lasts, and both come back without a restart.
/// </summary>
/// <remarks>
/// How writes are stopped: another connection holds SQLite's write lock (<c>BEGIN IMMEDIATE</c>), as a backup tool or a
/// forgotten <c>sqlite3</c> shell would, and the bot's busy timeout is one second, so every write fails with "database
/// is locked" after a second while reads go on (the bot's file is in WAL mode, where readers never wait for the
/// writer); ending that transaction repairs it. That is lock contention rather than a full disk or a read-only file,
/// but the bot meets the same thing: writes fail, reads work. The closer imitations do not work without root's
/// powers or break reads too, tried one by one: tests run as root, which writes to a chmod-ed file anyway (and chattr
/// needs root); in WAL mode SQLite opens <c>-wal</c> and <c>-shm</c> to read as well, so a dangling link, a folder or a
/// link to <c>/dev/full</c> in their place fails reads too; in rollback-journal mode a dangling link at
/// <c>&lt;db&gt;-journal</c> fails only writes, at once, but that mode is not the bot's, and there its commits meet
/// "database is locked" from its own readers now and then, which would make this test flaky.
/// </remarks>
public sealed class SqliteWriteFailureTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Alice = SlackIncidentTest.Alice;
    private const string General = SlackIncidentTest.General;
    private const int Burst = 10;
    private const int BreakAfter = 4;
    private const string Locked = "database is locked";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private readonly string _folder = Directory.CreateTempSubdirectory("chatops-disk-").FullName;
    private FakeSlackServer _slack = null!;
    private SlackBotHost _host = null!;
    private SqliteConnection? _lockHolder;

    private string Database => Path.Combine(_folder, "chatops.db");

    public async Task InitializeAsync()
    {
        _slack = await SlackIncidentTest.StartWorkspaceAsync();
        var settings = SlackIncidentTest.BotSettings();
        settings["ConnectionStrings:ChatOps"] = $"Data Source={Database};Pooling=False;Default Timeout=1";
        _host = await SlackBotHost.StartAsync(_slack.BaseUrl.ToString(), _folder, extra: settings);
    }

    public async Task DisposeAsync()
    {
        await RepairWritesAsync();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task A_database_that_stops_taking_writes_mid_burst_acknowledges_only_what_it_stored_and_recovers_without_a_restart()
    {
        Assert.Equal("wal", await ScalarAsync("PRAGMA journal_mode"));
        Assert.Equal(HttpStatusCode.OK, (await ReadyzAsync()).Status);

        // Declares go out three at a time, each as soon as an earlier one is answered; the fourth acknowledgement stops
        // writes while two others are in flight, and the burst goes on into the outage. Acknowledgements committed in one
        // batch arrive together: one after the fourth sends nothing until writes have stopped.
        var answers = new Answer[Burst];
        var acknowledged = 0;
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (var window = new SemaphoreSlim(3))
        {
            var sends = new List<Task>();
            for (var i = 0; i < Burst; i++)
            {
                await window.WaitAsync(Wait);
                var n = i;
                sends.Add(Task.Run(async () =>
                {
                    answers[n] = await DeclareAsync(n + 1);
                    var count = answers[n].Status == HttpStatusCode.OK ? Interlocked.Increment(ref acknowledged) : 0;
                    if (count == BreakAfter)
                    {
                        await BreakWritesAsync();
                        stopped.SetResult();
                    }
                    else if (count > BreakAfter) await stopped.Task.WaitAsync(Wait);
                    window.Release();
                }));
            }
            await Task.WhenAll(sends).WaitAsync(Wait * 2);
        }
        output.WriteLine($"Burst: {string.Join(" ", answers.Select(a => (int)a.Status))} (writes stopped at acknowledgement {BreakAfter})");

        var stored = await StoredKeysAsync();
        foreach (var answer in answers)
        {
            if (answer.Status == HttpStatusCode.OK)
            {
                Assert.Contains(answer.Key, stored);
                continue;
            }
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
            Assert.Equal(StorageFailureAnswer.Message, answer.Body);
            Assert.DoesNotContain(answer.Key, stored);
        }
        Assert.True(answers.Count(a => a.Status == HttpStatusCode.OK) >= BreakAfter);
        // Sent after writes stopped (at most two were in flight then): refused.
        Assert.All(answers.Skip(BreakAfter + 2), a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status));

        // Liveness stays 200 and says why it is degraded; readiness takes the replica out of rotation.
        var (healthStatus, health) = await HealthzAsync();
        Assert.Equal(HttpStatusCode.OK, healthStatus);
        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        Assert.Equal("failing", health["storage"]!["writes"]!.GetValue<string>());
        Assert.Contains(Locked, health["storage"]!["lastError"]!.GetValue<string>());
        Assert.NotNull(health["storage"]!["failingSince"]);
        var (readyStatus, ready) = await ReadyzAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", ready["checks"]!["writes"]!["status"]!.GetValue<string>());
        Assert.Contains(Locked, ready["checks"]!["writes"]!["description"]!.GetValue<string>());
        Assert.Equal("Healthy", ready["checks"]!["database"]!["status"]!.GetValue<string>());

        await RepairWritesAsync();
        var later = await DeclareAsync(Burst + 1);
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Contains(later.Key, await StoredKeysAsync());
        // That request's write is enough for liveness; readiness writes its own probe once its interval has passed.
        Assert.Equal("ok", (await HealthzAsync()).Report["status"]!.GetValue<string>());
        await _host.AdvanceAsync(TimeSpan.FromSeconds(6));
        Assert.Equal(HttpStatusCode.OK, (await ReadyzAsync()).Status);

        // Work the worker claimed before the break and could not finish is handed out again when its lease runs out.
        await _host.AdvanceAsync(TimeSpan.FromMinutes(3));
        await _host.InboxIdleAsync();
        foreach (var answer in answers.Append(later))
        {
            var channels = _slack.Channels.Where(c => c.Name.EndsWith(Slug(answer.Title), StringComparison.Ordinal)).ToList();
            if (answer.Status == HttpStatusCode.OK) Assert.Single(channels);
            else Assert.Empty(channels);
        }
        var (finalStatus, final) = await HealthzAsync();
        Assert.Equal(HttpStatusCode.OK, finalStatus);
        Assert.Equal("ok", final["status"]!.GetValue<string>());
        Assert.Equal("ok", final["storage"]!["writes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readiness_tries_a_write_of_its_own_so_no_request_is_needed_to_find_writes_failing_or_working_again()
    {
        Assert.Equal(HttpStatusCode.OK, (await ReadyzAsync()).Status);
        Assert.Equal("ok", (await HealthzAsync()).Report["status"]!.GetValue<string>());

        await BreakWritesAsync();
        await _host.AdvanceAsync(TimeSpan.FromSeconds(6));
        var (readyStatus, ready) = await ReadyzAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", ready["checks"]!["writes"]!["status"]!.GetValue<string>());
        var (healthStatus, health) = await HealthzAsync();
        Assert.Equal(HttpStatusCode.OK, healthStatus);
        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        Assert.Contains(Locked, health["storage"]!["lastError"]!.GetValue<string>());

        // Within the probe's interval readiness does not write again: it still reports the failure.
        await RepairWritesAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await ReadyzAsync()).Status);
        await _host.AdvanceAsync(TimeSpan.FromSeconds(6));
        Assert.Equal(HttpStatusCode.OK, (await ReadyzAsync()).Status);
        var recovered = (await HealthzAsync()).Report;
        Assert.Equal("ok", recovered["status"]!.GetValue<string>());
        Assert.StartsWith(_host.Services.GetRequiredService<StorageOptions>().ReplicaName, await ScalarAsync($"SELECT \"Value\" FROM \"Settings\" WHERE \"Key\" = '{StorageWriteProbe.Key}'"));
    }

    /// <summary>Takes SQLite's write lock on a connection of its own, between two of the bot's writes (in its write turn).</summary>
    private Task BreakWritesAsync() => _host.Services.GetRequiredService<SqliteWriteGate>().RunAsync(async () =>
    {
        _lockHolder = new SqliteConnection($"Data Source={Database};Pooling=False");
        await _lockHolder.OpenAsync();
        await using var begin = _lockHolder.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
    });

    private async Task RepairWritesAsync()
    {
        if (_lockHolder is null) return;
        await _lockHolder.DisposeAsync();
        _lockHolder = null;
    }

    private async Task<Answer> DeclareAsync(int n)
    {
        var title = $"Disk burst {n:D2}";
        var trigger = $"disk.{n}";
        using var response = await _host.PostFormAsync(SlackEndpoints.Commands, SlackDriver.SlashBody(Alice, General, $"declare P2 {title}", trigger, _slack.ResponseUrl($"disk-{n}")));
        return new Answer($"slack:command:{trigger}", title, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<HashSet<string>> StoredKeysAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.AsNoTracking().Select(r => r.DedupeKey).ToListAsync()).ToHashSet();
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    private async Task<(HttpStatusCode Status, JsonNode Report)> HealthzAsync()
    {
        using var response = await _host.Client.GetAsync("/healthz");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private async Task<(HttpStatusCode Status, JsonNode Report)> ReadyzAsync()
    {
        using var response = await _host.Client.GetAsync("/readyz");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string Slug(string title) => title.ToLowerInvariant().Replace(' ', '-');

    private sealed record Answer(string Key, string Title, HttpStatusCode Status, string Body);
}
