using System.Diagnostics;
using System.Net.Http.Headers;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Teams.Fakes;
using ChatOps.Bot.Tests.Teams.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>
/// The seeded fuzzer over the published Teams activities (<see cref="TeamsFuzzBases"/>, mutated by
/// <see cref="Mutations"/>), each with a valid Bot Framework token for the fake's service URL, so it reaches the
/// handlers, a few at a time against the real host.
/// <para>
/// The oracle, as for Slack (<see cref="SlackFuzzTests"/>): no incident exists and no base or mutation can form a
/// valid state-changing intent, so every answer is below 500 and within three seconds, and nothing changes but what
/// the bot rightly keeps of any verified activity: the audit log; the inbox, which stores every message and card
/// press before judging it (each must be carried out, none left waiting); and the display names Teams sent
/// (<c>teams.name.*</c> settings). Teams receives nothing but the bot's answers in the conversation each activity
/// came from: no conversation or channel created, no message updated.
/// </para>
/// </summary>
public sealed class TeamsFuzzTests(ITestOutputHelper output) : TeamsIncidentTest
{
    public const int Seed = 140_315;
    private const int Cases = 1_500;
    private const int Parallel = 4;
    private const string NameSetting = "Key=teams.name.";

    [Fact]
    public async Task Thousands_of_mutated_published_activities_with_valid_tokens_get_no_5xx_no_slow_answer_and_change_nothing()
    {
        var seed = FuzzSeed.Or(Seed);
        var bases = new TeamsFuzzBases(Teams.ServiceUrl);
        var token = "Bearer " + Teams.Token(Host.Time).Encode();
        await Host.SettledAsync();
        var before = await StateSnapshot.TablesAsync(Host.Services);
        var callsBefore = Teams.Calls.Count;
        var requests = Enumerable.Range(0, Cases).Select(i =>
        {
            var mutations = new Mutations(FuzzSeed.ForCase(seed, i), TeamsFuzzBases.IsAddress, () => Teams.ServiceUrl);
            return mutations.Pick(bases.All).Build(i, mutations);
        });

        var warmUp = bases.All.Select((b, i) => b.Base.Build(-1 - i, new Mutations(FuzzSeed.ForCase(seed, -1 - i), TeamsFuzzBases.IsAddress, () => Teams.ServiceUrl) { Enabled = false }));
        Assert.Empty(await FuzzRun.WarmUpAsync(warmUp, fuzzed => SendAsync(fuzzed, token)));

        var clock = Stopwatch.StartNew();
        var outcomes = await FuzzRun.SendAllAsync(requests, fuzzed => SendAsync(fuzzed, token), Parallel);
        var sent = clock.Elapsed;
        await Host.SettledAsync();
        var after = await StateSnapshot.TablesAsync(Host.Services);
        output.WriteLine($"seed {seed}: " + FuzzRun.Summary(outcomes, sent) + $"; settled after {clock.Elapsed.TotalSeconds:N1} s");

        var failures = FuzzRun.Failures(outcomes, seed);
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} requests failed (seed {seed}):\n\n" + string.Join("\n\n", failures.Take(10)));
        Assert.True(outcomes.Count(o => o.Status == 200) > Cases / 3, "Too few requests reached a handler that answered: " + FuzzRun.Summary(outcomes, sent));
        AssertOnlyKeptWhatActivitiesTeach(before, after);
        await AssertStoredIntentsWereCarriedOutAsync();
        AssertTeamsOnlyGotAnswers(Teams.Calls.Skip(callsBefore).ToList());
    }

    private Task<HttpResponseMessage> SendAsync(FuzzRequest fuzzed, string token)
    {
        // Never send the bot a request that would have it post off this machine (the mutations are built not to).
        if (FuzzAddresses.OffMachine(fuzzed) is { } address) throw new InvalidOperationException($"Not sent: {address}\n{fuzzed.Describe(0)}");
        var request = new HttpRequestMessage(HttpMethod.Post, fuzzed.Path) { Content = new ByteArrayContent(fuzzed.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(fuzzed.ContentType);
        request.Headers.TryAddWithoutValidation("Authorization", token);
        return Host.Client.SendAsync(request);
    }

    private static void AssertOnlyKeptWhatActivitiesTeach(SortedDictionary<string, List<string>> before, SortedDictionary<string, List<string>> after)
    {
        foreach (var (table, rows) in before)
        {
            var removed = rows.Except(after[table]).ToList();
            var added = after[table].Except(rows).ToList();
            if (table == StateSnapshot.InboxTable) added.Clear();
            if (table == "Settings")
            {
                removed.RemoveAll(r => r.Contains(NameSetting, StringComparison.Ordinal));
                added.RemoveAll(r => r.Contains(NameSetting, StringComparison.Ordinal));
            }
            Assert.True(removed.Count == 0 && added.Count == 0, $"Table {table} changed.\nRemoved:\n{string.Join('\n', removed)}\nAdded:\n{string.Join('\n', added)}");
        }
    }

    private async Task AssertStoredIntentsWereCarriedOutAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.AsNoTracking().ToListAsync();
        output.WriteLine($"inbox holds {rows.Count}: {string.Join(", ", rows.GroupBy(r => r.Kind).Select(g => $"{g.Key}×{g.Count()}"))}; " +
            $"{rows.Count(r => r.Error is not null)} with an error: {string.Join(" | ", rows.Where(r => r.Error is not null).Take(5).Select(r => $"{r.Error} ({Trim(r.Payload)})"))}");
        Assert.All(rows, row => Assert.True(row.ProcessedAt is not null, $"intent {row.DedupeKey} is still waiting: {row.Payload}"));
    }

    private static string Trim(string text) => text.Length > 400 ? text[..400] + "…" : text;

    /// <summary>Only answers into existing conversations, plus the reads and token requests that take.</summary>
    private static void AssertTeamsOnlyGotAnswers(IReadOnlyList<TeamsCall> calls)
    {
        var changes = calls.Where(c => c.Method != "GET"
            && !(c.Method == "POST" && c.Path.StartsWith("/connector/v3/conversations/", StringComparison.Ordinal) && c.Path.Contains("/activities", StringComparison.Ordinal))
            && !(c.Method == "POST" && c.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))).ToList();
        Assert.True(changes.Count == 0, "Teams was changed:\n" + string.Join('\n', changes.Select(c => $"{c.Method} {c.Path} {c.Body}")));
    }
}
