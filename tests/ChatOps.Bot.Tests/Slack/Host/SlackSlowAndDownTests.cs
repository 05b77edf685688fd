using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ChatOps.Bot.Inbound;
using ChatOps.Bot.Persistence;
using ChatOps.Core.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatOps.Bot.Tests.Slack.Host;

/// <summary>
/// Slack hanging (every call held past Slack's 3 seconds) and Slack failing (HTTP 500): every request is acknowledged
/// within 3 seconds with an honest answer, nothing acknowledged is lost or refused on a guess, and once Slack is back
/// every acknowledged intent is carried out exactly once (the fake Slack knows channels, messages and pins, so a
/// duplicate would show).
/// </summary>
public sealed class SlackSlowAndDownTests : SlackIncidentTest
{
    private static readonly TimeSpan SlackLimit = AcknowledgementDeadline.Limit;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Slack.AddUser(Head, "head", "Hanna Head", "head@example.com");
    }

    /// <summary>The head of engineering, an admin, is known to the bot only by email.</summary>
    protected override void Configure(Dictionary<string, string?> settings) => settings["Slack:People:head-of-engineering"] = "head@example.com";

    [Theory]
    [InlineData("hanging")]
    [InlineData("500")]
    [InlineData("429")]
    [InlineData("connection reset")]
    public async Task Every_kind_of_request_is_answered_within_three_seconds_while_Slack_fails_and_is_carried_out_once_after(string fault)
    {
        // A fresh process: nobody has been looked up yet, and the CTO is mapped by email. Two events warm up reading
        // and storing (a process's first query compiles; that is not what this measures) without asking who anyone is.
        Action recover = fault switch
        {
            "hanging" => Slack.Hang,
            "connection reset" => Slack.BeginResets,
            _ => () => Slack.BeginOutage(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture), "1"),
        };
        recover();
        recover = fault == "hanging" ? Slack.Release : fault == "connection reset" ? Slack.EndResets : Slack.EndOutage;
        await Driver.EventAsync("Ev0WARMUP1", new JsonObject { ["type"] = "member_joined_channel", ["user"] = Bob, ["channel"] = General });
        await Driver.EventAsync("Ev0WARMUP2", new JsonObject { ["type"] = "app_mention", ["user"] = Bob, ["text"] = "<@U0BOT0001> hi", ["channel"] = General, ["ts"] = "1700000000.000001" });

        var form = Timed(() => Driver.SlashAsync(Alice, General, "declare"));
        var typed = Timed(() => Driver.SlashAsync(Bob, General, "declare P2 Search is slow"));
        var list = Timed(() => Driver.SlashAsync(Alice, General, "list"));
        var refusedPress = Timed(() => Driver.PressAsync(Bob, General, "incident.ack", "INC-2026-999"));
        var opened = await Slack.WaitForCallAsync("views.open", null, Wait);
        var view = JsonNode.Parse(opened.Arg("view")!)!.AsObject();
        var submitted = Timed(() => Driver.SubmitAsync(Alice, view, new() { ["title"] = "Checkout errors", ["severity"] = "P3" }));

        var answers = await Task.WhenAll(form, typed, list, refusedPress, submitted);
        var timings = string.Join(", ", answers.Select(a => $"{a.Took.TotalMilliseconds:F0} ms"));
        foreach (var (response, took) in answers)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(took < SlackLimit, $"answered after {timings}");
        }
        Assert.Contains(fault == "hanging" ? "Slack is slow to open the form" : "The form could not be opened", await answers[0].Response.Content.ReadAsStringAsync());
        Assert.Contains("Slack is slow to tell me who you are", await answers[2].Response.Content.ReadAsStringAsync());

        recover();
        await SettleAsync(() => Slack.Channels.Count(IsIncident) == 2 && Slack.Calls.Count(c => c.Method == "pins.add") == 2
                                 && Slack.ResponsePosts.Any(p => p.Body.Contains("INC-2026-999", StringComparison.Ordinal)));

        var channels = Slack.Channels.Where(IsIncident).Select(c => c.Name).Order().ToList();
        Assert.Equal(2, channels.Count);
        Assert.Contains(channels, n => n.EndsWith("search-is-slow", StringComparison.Ordinal));
        Assert.Contains(channels, n => n.EndsWith("checkout-errors", StringComparison.Ordinal));
        foreach (var channel in Slack.Channels.Where(IsIncident))
            Assert.Single(Slack.Calls, c => c.Method == "chat.postMessage" && c.Arg("channel") == channel.Id);
        Assert.Single(Slack.ResponsePosts, p => p.Body.Contains("INC-2026-999", StringComparison.Ordinal));
        Assert.Single(Slack.ResponsePosts, p => p.Body.Contains("pen incidents", StringComparison.Ordinal));
        Assert.Empty(await IntentErrorsAsync());
    }

    [Fact]
    public async Task A_pinned_message_waits_through_a_Slack_outage_and_joins_the_timeline_once_Slack_is_back()
    {
        var channel = await DeclareAsync("declare P2 Search latency");
        Slack.BeginOutage(500);

        Assert.Equal(HttpStatusCode.OK, (await Driver.EventAsync("EvOUTAGEPIN1", Pin(channel))).StatusCode);
        for (var i = 0; i < 10; i++) await StepAsync(TimeSpan.FromSeconds(6));

        Assert.True(Slack.Calls.Count(c => c.Method == "conversations.history") > 3, "the pinned message is fetched again and again while Slack fails");
        Assert.DoesNotContain((await IncidentAsync(channel.Id)).Timeline, t => t.Kind == "pinned");
        var health = await HealthAsync();
        Assert.Equal(1, health["inbox"]!["waiting"]!.GetValue<int>());

        Slack.EndOutage();
        await SettleAsync(async () => (await IncidentAsync(channel.Id)).Timeline.Any(t => t.Kind == "pinned"));

        Assert.Single((await IncidentAsync(channel.Id)).Timeline, t => t.Kind == "pinned");
        health = await HealthAsync();
        Assert.Equal(0, health["inbox"]!["waiting"]!.GetValue<int>());
        Assert.Equal("ok", health["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_pinned_message_Slack_never_gives_is_given_up_after_an_hour_and_shows_on_healthz()
    {
        var channel = await DeclareAsync("declare P2 Search latency");
        Slack.BeginOutage(500);

        await Driver.EventAsync("EvOUTAGEPIN2", Pin(channel));
        for (var i = 0; i < 70; i++) await StepAsync(TimeSpan.FromMinutes(1));

        var health = await HealthAsync();
        Assert.Equal("degraded", health["status"]!.GetValue<string>());
        Assert.Equal(0, health["inbox"]!["waiting"]!.GetValue<int>());
        Assert.Equal(1, health["inbox"]!["failed"]!.GetValue<int>());
        Assert.Contains("EvOUTAGEPIN2", health["inbox"]!["recentFailed"]![0]!.GetValue<string>());
        Assert.Contains("gave up after waiting", health["inbox"]!["recentFailed"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admin_known_only_by_email_is_not_refused_while_Slack_cannot_look_them_up_and_their_command_is_carried_out_after()
    {
        Slack.BeginOutage(500, null, "users.lookupByEmail");
        var channel = await DeclareAsync("declare P2 Search latency");

        // The head of engineering (an admin, mapped by email) is not a participant: only being an admin lets them resolve.
        Assert.Equal(HttpStatusCode.OK, (await Driver.SlashAsync(Head, channel.Id, "resolve Restarted the search cluster")).StatusCode);
        for (var i = 0; i < 5; i++) await StepAsync(TimeSpan.FromSeconds(10));

        Assert.Null((await IncidentAsync(channel.Id)).ResolvedAt);
        Assert.DoesNotContain(Slack.ResponsePosts, p => p.Body.Contains("Only INC-2026-001", StringComparison.Ordinal));
        Assert.Equal(1, (await HealthAsync())["inbox"]!["waiting"]!.GetValue<int>());

        Slack.EndOutage();
        await SettleAsync(async () => (await IncidentAsync(channel.Id)).ResolvedAt is not null);

        await PostedAsync(channel.Id, "Incident resolved at");
        Assert.DoesNotContain(Slack.ResponsePosts, p => p.Body.Contains("Only INC-2026-001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_answer_Slack_fails_to_show_is_recorded_as_that_and_not_as_a_failed_intent()
    {
        var channel = await DeclareAsync("declare P2 Search latency");
        // The note is stored and carried out without asking Slack anything; its answer (response_url, then an
        // ephemeral message) cannot be shown.
        Slack.BeginOutage(500);
        Assert.Equal(HttpStatusCode.OK, (await Driver.SlashAsync(Alice, channel.Id, "note Restarted one node")).StatusCode);
        await Host.InboxIdleAsync();
        Slack.EndOutage();
        await Host.SettledAsync();

        await using var scope = Host.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.AsNoTracking().ToListAsync();
        var noted = Assert.Single(rows, r => r.Payload.Contains("Restarted one node", StringComparison.Ordinal));
        Assert.NotNull(noted.ProcessedAt);
        Assert.Null(noted.Error);
        Assert.Equal(1, noted.Attempts);
        Assert.Contains("failed", noted.ReplyError);
        Assert.Single((await IncidentAsync(channel.Id)).Timeline, t => t.Kind == "note");
    }

    private static bool IsIncident(Fakes.FakeChannel channel) => channel.Name.StartsWith("inc-", StringComparison.Ordinal);

    private static JsonObject Pin(Fakes.FakeChannel channel) => new()
    {
        ["type"] = "reaction_added",
        ["user"] = Bob,
        ["reaction"] = "pushpin",
        ["item"] = new JsonObject { ["type"] = "message", ["channel"] = channel.Id, ["ts"] = channel.Messages[^1]["ts"]!.GetValue<string>() },
        ["event_ts"] = "1700000100.000100",
    };

    private static async Task<(HttpResponseMessage Response, TimeSpan Took)> Timed(Func<Task<HttpResponseMessage>> send)
    {
        await Task.Yield();
        var clock = Stopwatch.StartNew();
        var response = await send();
        return (response, clock.Elapsed);
    }

    private async Task StepAsync(TimeSpan step)
    {
        await Host.AdvanceAsync(step);
        await Host.InboxIdleAsync();
    }

    /// <summary>Moves the clock on in small steps until <paramref name="done"/>: retries are due on the clock.</summary>
    private async Task SettleAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 60; i++)
        {
            await StepAsync(TimeSpan.FromSeconds(5));
            if (await done()) return;
        }
        Assert.Fail("Slack came back, but the work was not done");
    }

    private Task SettleAsync(Func<bool> done) => SettleAsync(() => Task.FromResult(done()));

    private async Task<Core.Incidents.Incident> IncidentAsync(string channelId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IIncidentStore>().FindByChannelAsync(channelId, CancellationToken.None))!;
    }

    private async Task<List<string>> IntentErrorsAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChatOpsDbContext>().Inbox.Where(r => r.Error != null).Select(r => r.DedupeKey + ": " + r.Error).ToListAsync();
    }

    private async Task<JsonNode> HealthAsync() => JsonNode.Parse(await Host.Client.GetStringAsync("/healthz"))!;
}
