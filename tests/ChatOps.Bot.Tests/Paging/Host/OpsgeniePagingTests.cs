using ChatOps.Bot.Tests.Paging.Fakes;

namespace ChatOps.Bot.Tests.Paging.Host;

/// <summary>Pages through a fake Opsgenie Alert API: create with alias and responders, acknowledge and close by alias, GenieKey auth.</summary>
public sealed class OpsgeniePagingTests : PagingSlackTest
{
    private const string Alias = "chatops-INC-2026-001-0-platform";

    [Fact]
    public async Task A_P0_declaration_creates_an_alert_with_the_alias_and_chat_acknowledges_and_closes_it()
    {
        var channel = await DeclareAsync("declare P0 Checkout is down");
        await Host.InboxIdleAsync();

        var create = Assert.Single(Opsgenie.Requests);
        Assert.Empty(create.Violations);
        Assert.Equal(("/v2/alerts", $"GenieKey {FakeOpsgenieServer.ApiKey}"), (create.Path, create.Authorization));
        Assert.Equal((Alias, "INC-2026-001 P0 Checkout is down", "P1"),
            ((string?)create.Json!["alias"], (string?)create.Json!["message"], (string?)create.Json!["priority"]));
        var responder = Assert.Single(create.Json!["responders"]!.AsArray())!;
        Assert.Equal(("team", "platform"), ((string?)responder["type"], (string?)responder["name"]));

        await Driver.SlashAsync(Alice, channel.Id, "ack");
        await Host.InboxIdleAsync();
        await Driver.SlashAsync(Alice, channel.Id, "resolve fixed");
        await Host.InboxIdleAsync();

        Assert.Equal(["/v2/alerts", $"/v2/alerts/{Alias}/acknowledge", $"/v2/alerts/{Alias}/close"], Opsgenie.Requests.Select(r => r.Path));
        Assert.All(Opsgenie.Requests.Skip(1), r => Assert.Equal((Alias, "alias"), (r.Identifier, r.IdentifierType)));
        Assert.All(Opsgenie.Requests, r => Assert.Equal($"GenieKey {FakeOpsgenieServer.ApiKey}", r.Authorization));
        Assert.All(Opsgenie.Requests, r => Assert.Empty(r.Violations));
    }

    [Fact]
    public async Task A_page_backing_off_never_holds_up_the_announcement_recorded_after_it()
    {
        Opsgenie.AnswerNext(FakeOpsgenieServer.Error(429, "Too many requests", ("Retry-After", "60")));

        await DeclareAsync("declare P0 Checkout is down");
        await Host.InboxIdleAsync();

        await PostedAsync(Announce, "declared INC-2026-001");
        Assert.Single(Opsgenie.Requests);
    }

    [Fact]
    public async Task An_alert_Opsgenie_refuses_is_parked_and_posted_in_the_channel()
    {
        Opsgenie.AnswerNext(FakeOpsgenieServer.Error(422, "Request body is not processable"));

        var channel = await DeclareAsync("declare P0 Checkout is down");
        await Host.InboxIdleAsync();

        var notice = await PostedAsync(channel.Id, "Paging platform failed");
        Assert.Contains("Request body is not processable", notice.Body + notice.Arg("text"));
        Assert.Equal("degraded", (string?)(await HealthAsync())["status"]);
    }
}
