using System.Diagnostics;
using ChatOps.Bot.Persistence;
using ChatOps.Bot.Tests.Slack.Host;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ChatOps.Bot.Tests.BadInput.Fuzzing;

/// <summary>
/// A seeded fuzzer over the published Slack payloads (<see cref="SlackFuzzBases"/>, mutated by <see cref="Mutations"/>),
/// every request correctly signed so it reaches the handlers, a few at a time against the real host.
/// <para>
/// The oracle. The workspace starts with no incident, and every base payload, sent as it is, is one the bot refuses
/// or ignores while no incident exists (a command in a channel that is no incident's, a press on an incident that
/// does not exist, a declare form with an unknown severity, events in channels that are no incident's). A mutation
/// only deletes, retypes, enlarges, garbles, repeats, truncates or replaces with values that complete nothing here (no
/// declaration that could succeed, no existing incident, no address off this machine: <see cref="FuzzValues"/>), so
/// no mutation can turn a request into a valid state-changing intent. Therefore, whatever the mutations: every answer is below 500 and within three seconds;
/// no table changes except the audit log (which records refused commands: that is its job) and the inbox, which may
/// gain intents the bot acts on with no incident (an app_mention, answered ephemerally), each carried out; and Slack
/// sees nothing but ephemeral messages, response_url posts, modals and reads.
/// </para>
/// </summary>
public sealed class SlackFuzzTests(ITestOutputHelper output) : SlackIncidentTest
{
    public const int Seed = 140_314;
    private const int Cases = 2_000;
    private const int Parallel = 4;

    [Fact]
    public async Task Thousands_of_mutated_published_payloads_get_no_5xx_no_slow_answer_and_change_nothing()
    {
        var seed = FuzzSeed.Or(Seed);
        var bases = new SlackFuzzBases(Slack.ResponseUrl);
        await Host.SettledAsync();
        var before = await StateSnapshot.TakeAsync(Host.Services, Slack);
        var requests = Enumerable.Range(0, Cases).Select(i =>
        {
            var mutations = new Mutations(FuzzSeed.ForCase(seed, i), SlackFuzzBases.IsAddress, () => bases.ResponseUrl(i));
            return mutations.Pick(bases.All).Build(i, mutations);
        });

        var warmUp = bases.All.Select((b, i) => b.Base.Build(-1 - i, new Mutations(FuzzSeed.ForCase(seed, -1 - i), SlackFuzzBases.IsAddress, () => bases.ResponseUrl(-1 - i)) { Enabled = false }));
        Assert.Empty(await FuzzRun.WarmUpAsync(warmUp, SendAsync));

        var clock = Stopwatch.StartNew();
        var outcomes = await FuzzRun.SendAllAsync(requests, SendAsync, Parallel);
        var sent = clock.Elapsed;
        await Host.SettledAsync();
        var after = await StateSnapshot.TakeAsync(Host.Services, Slack);
        output.WriteLine($"seed {seed}: " + FuzzRun.Summary(outcomes, sent) + $"; settled after {clock.Elapsed.TotalSeconds:N1} s");

        var failures = FuzzRun.Failures(outcomes, seed);
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases} requests failed (seed {seed}):\n\n" + string.Join("\n\n", failures.Take(10)));
        Assert.True(outcomes.Count(o => o.Status == 200) > Cases / 3, "Too few requests reached a handler that answered: " + FuzzRun.Summary(outcomes, sent));
        after.AssertNothingChangedSince(before, inboxMayGrow: true);
        await AssertAddedIntentsWereCarriedOutAsync(before);
    }

    private Task<HttpResponseMessage> SendAsync(FuzzRequest fuzzed)
    {
        // Never send the bot a request that would have it post off this machine (the mutations are built not to).
        if (FuzzAddresses.OffMachine(fuzzed) is { } address) throw new InvalidOperationException($"Not sent: {address}\n{fuzzed.Describe(0)}");
        var request = new HttpRequestMessage(HttpMethod.Post, fuzzed.Path) { Content = new ByteArrayContent(fuzzed.Body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzzed.ContentType);
        SlackSigners.Valid(request.Headers, fuzzed.Body, Host.Time.GetUtcNow());
        return Host.Client.SendAsync(request);
    }

    /// <summary>What the inbox gained is only what the bot acts on without an incident, and none of it is left waiting.</summary>
    private async Task AssertAddedIntentsWereCarriedOutAsync(StateSnapshot before)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        var added = rows.Skip(before.Tables[StateSnapshot.InboxTable].Count).ToList();
        output.WriteLine($"inbox gained {added.Count}: {string.Join(", ", added.GroupBy(r => r.Kind).Select(g => $"{g.Key}×{g.Count()}"))}; " +
            $"{added.Count(r => r.Error is not null)} with an error");
        Assert.All(added, row => Assert.True(row.ProcessedAt is not null, $"intent {row.DedupeKey} is still waiting: {row.Payload}"));
        Assert.All(added, row => Assert.Contains("app_mention", row.Payload, StringComparison.Ordinal));
    }
}
