using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Teams.AdaptiveCards;

namespace ChatOps.Bot.Tests.Teams.Host;

/// <summary>
/// What people read on Teams: people by name (mentioned with <c>&lt;at&gt;</c> and an entity in messages), commands in
/// Teams' own grammar (<c>@ChatOps incident ...</c>), user text as plain text on every card, and emoji whole.
/// </summary>
public sealed class TeamsPeopleAndTextTests : TeamsIncidentTest
{
    /// <summary>Markdown, a link, an Adaptive Card date function, a mention and HTML, all typed into a title.</summary>
    public const string Markup = "[click](https://evil.example) **now** {{DATE(2020-01-01T00:00:00Z)}} <at>Bob Brown</at> <b>bold</b> _it_ `code`";

    private const string Family = "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";

    private Fakes.FakeTeamsChannel IncidentChannel() =>
        Teams.Channel(Teams.Channels.Single(c => c.DisplayName.StartsWith("inc-", StringComparison.Ordinal)).Id);

    [Fact]
    public async Task A_refused_press_names_the_commander_and_the_command_to_run_the_Teams_way()
    {
        await SayAsync(Alice, General, "incident declare P2 Cache misses");
        var channel = IncidentChannel();

        var answer = await SendAsync(Driver.Execute(Bob, channel.Id, ActionOn(CardOf(channel.Messages[0]), "Yes, resolve"), (string)channel.Messages[0]["id"]!));

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)answer!["type"]);
        var text = (string)answer["value"]!;
        Assert.Contains("ask its commander, @Alice Adams, to bring you in, or run @ChatOps incident status to see who is involved", text);
        Assert.DoesNotContain(Alice.ObjectId, text);
        Assert.DoesNotContain("/incident", text);
    }

    [Fact]
    public async Task A_refused_command_mentions_the_commander_with_a_mention_entity()
    {
        await SayAsync(Alice, General, "incident declare P2 Cache misses");
        var channel = IncidentChannel();

        await SayAsync(Bob, channel.Id, "incident resolve Not mine");

        var reply = await ReplyAsync(channel.Id, "Only INC-2026-001");
        var text = (string)reply["text"]!;
        Assert.Contains("ask its commander, <at>Alice Adams</at>, to bring you in, or run @ChatOps incident status", text);
        Assert.DoesNotContain(Alice.ObjectId, text);
        var mention = Assert.Single(reply["entities"]!.AsArray());
        Assert.Equal(("<at>Alice Adams</at>", Alice.ObjectId, "Alice Adams"),
            ((string?)mention!["text"], (string?)mention["mentioned"]!["id"], (string?)mention["mentioned"]!["name"]));
    }

    [Fact]
    public async Task Help_and_the_welcome_say_commands_the_Teams_way()
    {
        await SendAsync(Driver.BotAddedToTeam(General));
        await Host.InboxIdleAsync();
        var welcome = await PostedAsync(General, "incident declare");

        await SendAsync(Driver.PersonalMessage(Bob, "incident help"));
        var help = await ReplyAsync(Bob.PersonalChat, "incident declare");

        foreach (var text in new[] { (string)welcome["text"]!, (string)help["text"]! })
        {
            Assert.Contains("@ChatOps incident declare &lt;SEV&gt;", text);
            Assert.Contains("@ChatOps incident status", text);
            Assert.DoesNotContain("/incident", text);
        }
    }

    [Fact]
    public async Task A_title_full_of_markup_is_plain_text_on_the_posted_card_and_on_the_card_a_press_answers_with()
    {
        await SayAsync(Alice, General, $"incident declare P2 {Markup}");
        var channel = IncidentChannel();
        var card = CardOf(channel.Messages[0]);

        AdaptiveText.AssertInert(card);
        Assert.Contains($"INC-2026-001: {Markup}", AdaptiveText.Shown(card));

        var answer = await SendAsync(Driver.Execute(Alice, channel.Id, ActionOn(card, "Acknowledge"), (string)channel.Messages[0]["id"]!));
        var refreshed = answer!["value"]!.AsObject();
        AdaptiveText.AssertInert(refreshed);
        Assert.Contains($"INC-2026-001: {Markup}", AdaptiveText.Shown(refreshed));
        await Host.InboxIdleAsync();
        AdaptiveText.AssertInert(CardOf(Teams.Channel(channel.Id).Messages[0]));
    }

    [Fact]
    public async Task Emoji_joined_by_zero_width_joiners_stay_whole_on_the_card_and_in_the_channel_description()
    {
        await SayAsync(Alice, General, $"incident declare P2 {Family} family plan checkout fails");
        var channel = IncidentChannel();

        Assert.Contains($"{Family} family plan checkout fails", channel.Description);
        Assert.Contains($"INC-2026-001: {Family} family plan checkout fails", AdaptiveText.Shown(CardOf(channel.Messages[0])));
    }

    [Fact]
    public async Task The_post_mortem_names_people_by_their_Teams_names_and_lists_each_person_once()
    {
        Teams.AddUser("1ead0000-0000-4000-8000-000000000004", LeadUpn, "Lee Lead");
        await SayAsync(Alice, General, "incident declare P1 Checkout is down");
        var channel = IncidentChannel();
        await SendAsync(Driver.Execute(OnCall, channel.Id, ActionOn(CardOf(channel.Messages[0]), "Acknowledge"), (string)channel.Messages[0]["id"]!));
        await SayAsync(Alice, channel.Id, "incident escalate");

        await SayAsync(Alice, channel.Id, "incident resolve Rolled back");

        var written = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Host.PostMortemFolder, "*.md")));
        Assert.Contains("| Commander | Alice Adams |", written);
        Assert.Contains("| Participants | Alice Adams, Olive Oncall, Lee Lead |", written);
        Assert.Contains("by Olive Oncall |", written);
        Assert.Contains("Escalated to tier 1 (Major escalation): Lee Lead. Reason: escalated by Alice Adams", written);
        Assert.DoesNotMatch(@"[0-9a-f]{8}-[0-9a-f]{4}-", written);
    }
}
